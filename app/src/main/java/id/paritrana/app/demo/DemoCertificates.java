package id.paritrana.app.demo;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.paritrana.app.certificate.Certificates;

/**
 * The demo edition's certificates: those of every determined level that has none yet,
 * issued as a committee would after its determination. Issuing finds by itself what is
 * missing, so the step always runs and a second run issues nothing.
 */
@Component
@Order(40)
class DemoCertificates implements DemoStep {

	private final Certificates certificates;

	DemoCertificates(Certificates certificates) {
		this.certificates = certificates;
	}

	@Override
	public boolean seeded(int year) {
		return false;
	}

	@Override
	public void seed(int year, String actor) {
		this.certificates.issueMissing(actor, year);
	}

}
