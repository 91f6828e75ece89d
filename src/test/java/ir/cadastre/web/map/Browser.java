package ir.cadastre.web.map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

/**
 * The system's headless Chromium, driven through the system's chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}): nothing is downloaded, and without them
 * the tests fail at once with the command that installs them.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final ChromeDriver driver;

	private final Path profile;

	private final String base;

	private Browser(ChromeDriver driver, Path profile, String base) {
		this.driver = driver;
		this.profile = profile;
		this.base = base;
	}

	static Browser start(int port) throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException("""
					The end-to-end tests need Debian's Chromium and its driver at %s and %s.
					Install them:   apt-get install -y chromium chromium-driver
					(./cadastre test installs them too)""".formatted(CHROMIUM, CHROMEDRIVER));
		}
		Path profile = Files.createTempDirectory("cadastre-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1440,900", "--lang=en-GB", "--user-data-dir=" + profile);
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		Files.createDirectories(SCREENSHOTS);
		return new Browser(new ChromeDriver(service, options), profile, "http://localhost:" + port);
	}

	/** Opens the sign-in page afresh (no stored credentials or language) and signs in. */
	void signIn(String user, String password) {
		fresh();
		type(By.id("username"), user);
		type(By.id("password"), password);
		this.driver.findElement(By.id("signin-button")).click();
	}

	/** The sign-in page with nothing stored: no credentials, English. */
	void fresh() {
		open("/index.html?stay");
		script("sessionStorage.clear(); localStorage.clear();");
		open("/index.html");
	}

	void open(String path) {
		this.driver.get(this.base + path);
	}

	/** Waits for a page's map and data to be in. */
	void waitForPage() {
		waitUntil("the page is ready", () -> "true".equals(script("return document.body.dataset.pageReady || null")));
	}

	WebElement waitFor(By by) {
		return waiting(() -> wait(by.toString()).until(ExpectedConditions.visibilityOfElementLocated(by)));
	}

	void waitUntil(String what, BooleanSupplier condition) {
		waiting(() -> wait(what).until((d) -> condition.getAsBoolean()));
	}

	private WebDriverWait wait(String what) {
		WebDriverWait wait = new WebDriverWait(this.driver, WAIT);
		wait.withMessage(what);
		// A page that renders again replaces the element a condition was reading.
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/**
	 * Waits; on a time-out keeps a screenshot of the page as it was and adds the page's
	 * console to the failure.
	 */
	private <T> T waiting(Supplier<T> waiting) {
		try {
			return waiting.get();
		}
		catch (TimeoutException ex) {
			screenshot("failed-" + System.currentTimeMillis());
			String console = console();
			throw new TimeoutException(
					ex.getMessage() + "\nat " + this.driver.getCurrentUrl() + "\nconsole:\n" + console, ex);
		}
	}

	/**
	 * What the page has written to its console since it was last asked, one entry a line.
	 */
	String console() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::toString)
			.collect(Collectors.joining("\n"));
	}

	WebElement find(By by) {
		return this.driver.findElement(by);
	}

	List<WebElement> findAll(By by) {
		return this.driver.findElements(by);
	}

	void click(By by) {
		waiting(() -> wait(by.toString()).until(ExpectedConditions.elementToBeClickable(by))).click();
	}

	void type(By by, String text) {
		WebElement field = this.driver.findElement(by);
		field.clear();
		field.sendKeys(text);
	}

	/** Gives the element the focus and presses a key there, as a keyboard user would. */
	void press(By by, CharSequence key) {
		WebElement element = this.driver.findElement(by);
		script("arguments[0].focus()", element);
		element.sendKeys(key);
	}

	/**
	 * Shows the pages in forced colours (a contrast theme of Windows, which replaces the
	 * pages' colours with a few of its own), or as their authors coloured them.
	 */
	void forcedColours(boolean active) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "forced-colors", "value", active ? "active" : "none"))));
	}

	/** Sizes the part of the window that the page is drawn in: width, height. */
	void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
		@SuppressWarnings("unchecked")
		List<Number> inner = (List<Number>) script("return [innerWidth, innerHeight]");
		this.driver.manage()
			.window()
			.setSize(new Dimension(2 * width - inner.get(0).intValue(), 2 * height - inner.get(1).intValue()));
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/**
	 * From now on keeps, instead of saving them, the files the page hands the browser to
	 * save (a link clicked with {@code download}): see {@link #downloads}. A file made in
	 * the page is read from its blob, not fetched from its {@code blob:} address, which
	 * the pages' Content-Security-Policy does not let them fetch.
	 */
	void keepDownloads() {
		script("""
				window.saved = [];
				const blobs = new Map();
				const createObjectURL = URL.createObjectURL;
				URL.createObjectURL = (blob) => {
				  const url = createObjectURL.call(URL, blob);
				  blobs.set(url, blob);
				  return url;
				};
				HTMLAnchorElement.prototype.click = function () {
				  const name = this.download;
				  const blob = blobs.get(this.href);
				  (blob ? blob.arrayBuffer() : fetch(this.href).then((r) => r.arrayBuffer())).then((b) => window.saved.push({ name,
				    firstBytes: Array.from(new Uint8Array(b.slice(0, 4))).join(','), text: new TextDecoder().decode(b) }));
				};""");
	}

	/** The files kept since {@link #keepDownloads}, once there are this many. */
	List<Download> downloads(int count) {
		waitUntil(count + " files saved", () -> ((List<?>) script("return window.saved")).size() == count);
		return ((List<?>) script("return window.saved")).stream()
			.map((saved) -> (Map<?, ?>) saved)
			.map((saved) -> new Download((String) saved.get("name"), (String) saved.get("firstBytes"),
					(String) saved.get("text")))
			.toList();
	}

	/**
	 * A file the page saved.
	 *
	 * @param name its name
	 * @param firstBytes its first four bytes, as numbers separated by commas
	 * @param text its content read as UTF-8 (which drops a byte order mark)
	 */
	record Download(String name, String firstBytes, String text) {
	}

	/** Shows an extent, [minLon, minLat, maxLon, maxLat], on the page's map. */
	void fit(double... bbox) {
		script("window.cadastreMap.fit(arguments[0])", List.of(bbox[0], bbox[1], bbox[2], bbox[3]));
	}

	/**
	 * Draws a polygon with real clicks on the map: each corner at the pixel the map shows
	 * that position at, then the first corner again, which closes the ring (OpenLayers'
	 * Draw interaction).
	 */
	void drawPolygon(double[]... corners) {
		WebElement map = this.driver.findElement(By.id("map"));
		int width = map.getRect().getWidth();
		int height = map.getRect().getHeight();
		for (int i = 0; i <= corners.length; i++) {
			double[] corner = corners[i % corners.length];
			@SuppressWarnings("unchecked")
			List<Number> pixel = (List<Number>) script("return window.cadastreMap.pixelOf(arguments[0])",
					List.of(corner[0], corner[1]));
			int x = (int) Math.round(pixel.get(0).doubleValue() - width / 2.0);
			int y = (int) Math.round(pixel.get(1).doubleValue() - height / 2.0);
			new Actions(this.driver).moveToElement(map, x, y).pause(Duration.ofMillis(80)).click().perform();
			sleep(350);
		}
	}

	/** What the map draws at a position: each feature's layer, id and name. */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> featuresAt(double lon, double lat) {
		return (List<Map<String, Object>>) script("return window.cadastreMap.featuresAt(arguments[0])",
				List.of(lon, lat));
	}

	void screenshot(String name) {
		try {
			Path shot = this.driver.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String currentPath() {
		return this.driver.getCurrentUrl().substring(this.base.length());
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

}
