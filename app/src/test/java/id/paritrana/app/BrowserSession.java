package id.paritrana.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright (never a downloaded browser), headless, with
 * screenshots saved under {@code target/screenshots}.
 */
public final class BrowserSession implements AutoCloseable {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final Path SCREENSHOTS = Paths.get("target/screenshots");

	private final Playwright playwright;

	private final Browser browser;

	private final String baseUrl;

	public BrowserSession(int port) {
		// CI shares two cores between the server, the browser and the build: wait as a
		// patient person would.
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
		this.baseUrl = "http://localhost:" + port;
	}

	/** A fresh page (own cookies) of the given size. */
	public Page newPage(int width, int height) {
		return this.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
				.setLocale("id-ID")
				.setBaseURL(this.baseUrl))
			.newPage();
	}

	/** Signs in through the form, as a person would. */
	public static void signIn(Page page, String username, String password) {
		page.navigate("/login");
		page.fill("#username", username);
		page.fill("#password", password);
		page.click("#sign-in");
		// The sign-out button exists once signed in; on a phone it sits in the collapsed
		// menu.
		page.waitForSelector("#logout", new Page.WaitForSelectorOptions()
			.setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
	}

	/**
	 * Waits until the page has loaded and htmx has taken over its elements: typing into a
	 * live form earlier (a fast test on a busy machine) would fire input events nobody
	 * listens to.
	 */
	public static void htmxReady(Page page) {
		page.waitForFunction("() => document.readyState === 'complete' && window.htmx !== undefined");
	}

	public static void screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
