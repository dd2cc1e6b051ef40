package id.paritrana.app.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Printable documents (certificates, decree annexes): a Thymeleaf template rendered in a
 * given language to XHTML, laid out as PDF by openhtmltopdf. Templates are self-contained
 * (styles inline, images as data URIs), so nothing is fetched while rendering.
 */
@Component
public class PdfDocuments {

	private final ITemplateEngine templates;

	PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** Renders the template with these variables to PDF, written to {@code out}. */
	public void render(String template, Locale locale, Map<String, Object> variables, OutputStream out) {
		Context context = new Context(locale);
		context.setVariables(variables);
		String html = this.templates.process(template, context);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
