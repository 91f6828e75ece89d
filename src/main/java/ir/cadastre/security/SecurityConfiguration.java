package ir.cadastre.security;

import java.time.Clock;
import java.util.Set;

import jakarta.servlet.DispatcherType;

import io.micrometer.core.instrument.MeterRegistry;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.DatabaseOutage;
import ir.cadastre.web.ProblemWriter;
import ir.cadastre.web.Text;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * HTTP Basic against {@link LocalUsers}, and OAuth2 JWT bearer tokens
 * ({@link TokenUsers}) when an issuer is configured
 * ({@code spring.security.oauth2.resourceserver.jwt.*}); health, the ways to sign in and
 * the web map's static files are open, everything else needs a user. The API is
 * stateless, so there is no session and no CSRF token to carry. Refusals are problems
 * like every other error.
 *
 * <p>
 * Every answer carries Spring Security's default headers ({@code X-Content-Type-Options:
 * nosniff}, {@code X-Frame-Options: DENY}, {@code Cache-Control: no-store} unless a
 * controller says otherwise, HSTS over HTTPS), the {@link PagePolicy}, and
 * {@code Referrer-Policy: same-origin}, so that an address holding an application's id
 * never leaves for another site.
 *
 * <p>
 * The web map's pages send the Authorization header themselves (fetch) and mark their
 * requests with {@code X-Requested-With: XMLHttpRequest}; a 401 to such a request carries
 * no {@code WWW-Authenticate: Basic} challenge, because that challenge makes the browser
 * open its own sign-in dialog over the page. Every other client gets the challenge.
 *
 * <p>
 * The container's error page is open to all: what Tomcat refuses before any filter runs
 * (a TRACE) reaches the service only as that page, without the request's user, and must
 * not become a 401. The page says only the status.
 *
 * <p>
 * A user who cannot be read because the database is out of reach is told so (503
 * {@code database-unavailable}), not asked to sign in again.
 *
 * <p>
 * Password guessing is held off per user name and address ({@link SignInAttempts}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * The methods the security firewall lets through (its default); it refuses any other,
	 * such as WebDAV's, before anyone signs in.
	 */
	private static final Set<String> FIREWALL_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST",
			"PUT");

	/** Health, and the ways the pages can sign a user in. */
	private static final String[] OPEN = { "/actuator/health", "/actuator/health/**", "/api/v1/sign-in" };

	/**
	 * The metrics, and whatever else the actuator is told to expose beside health: for
	 * the GIS administrator only, since they tell volumes per agency.
	 */
	private static final String[] OPERATIONS = { "/actuator", "/actuator/**" };

	/**
	 * The web map's pages, scripts, styles, translations and OpenLayers: no data in them.
	 */
	private static final String[] WEB_MAP_FILES = { "/", "/*.html", "/css/**", "/js/**", "/i18n/**", "/img/**",
			"/webjars/**", "/favicon.ico" };

	@Bean
	SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, ObjectProvider<JwtDecoder> tokens,
			TokenUsers tokenUsers, SignInOptions signIn, @Value("${cadastre.map.base-url:}") String baseMap,
			MeterRegistry meters) throws Exception {
		JwtDecoder decoder = tokens.getIfAvailable();
		if (decoder != null) {
			http.oauth2ResourceServer(
					(server) -> server.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(tokenUsers))
						.authenticationEntryPoint((request, response, ex) -> {
							if (DatabaseOutage.caused(ex)) {
								problems.write(request, response, DatabaseOutage.problem());
								return;
							}
							problems.write(request, response,
									new CadastreProblem(HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid token",
											Text.of("The access token was refused: {0}", ex.getMessage())));
						}));
		}
		return http
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(OPEN)
				.permitAll()
				.requestMatchers(OPERATIONS)
				.hasRole(Role.GIS_ADMIN.name())
				.requestMatchers(HttpMethod.GET, WEB_MAP_FILES)
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/applications", "/api/v1/applications/*/withdrawal",
						"/api/v1/licences/*/exploitation-request", "/api/v1/licences/*/renewal-request",
						"/api/v1/licences/*/transfer-request", "/api/v1/licences/*/warnings/*/report")
				.hasRole(Role.APPLICANT.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/applications/*/decision", "/api/v1/decrees",
						"/api/v1/licences", "/api/v1/licences/registrations", "/api/v1/licences/*/*",
						"/api/v1/licences/*/warnings/*/decision")
				.hasRole(Role.MINISTRY_OFFICER.name())
				.requestMatchers("/api/v1/decrees")
				.hasAnyRole(Role.MINISTRY_OFFICER.name(), Role.AGENCY_REVIEWER.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/inquiries/*/response")
				.hasRole(Role.AGENCY_REVIEWER.name())
				.requestMatchers("/api/v1/inquiries", "/api/v1/inquiries/**")
				.hasAnyRole(Role.AGENCY_REVIEWER.name(), Role.MINISTRY_OFFICER.name())
				.requestMatchers("/api/v1/audit", "/api/v1/audit/**")
				.hasRole(Role.MINISTRY_OFFICER.name())
				.requestMatchers("/api/v1/activity-reports", "/api/v1/activity-reports/**")
				.hasAnyRole(Role.MINISTRY_OFFICER.name(), Role.AGENCY_REVIEWER.name())
				.requestMatchers("/api/v1/publication")
				.hasRole(Role.GIS_ADMIN.name())
				.requestMatchers(HttpMethod.GET, "/tiles/**")
				.authenticated()
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.realmName("cadastre").authenticationEntryPoint((request, response, ex) -> {
				if (DatabaseOutage.caused(ex)) {
					problems.write(request, response, DatabaseOutage.problem());
					return;
				}
				if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
					response.setHeader("WWW-Authenticate", "Basic realm=\"cadastre\"");
				}
				problems.write(request, response, new CadastreProblem(HttpStatus.UNAUTHORIZED, "unauthenticated",
						"Sign-in required", Text.of("Send a user name and password (HTTP Basic).")));
			}))
			.addFilterBefore(new SignInAttempts(problems, Clock.systemUTC(), meters), BasicAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response,
						new CadastreProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
								Text.of("Your role does not allow this.")))))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(PagePolicy.directives(signIn, baseMap)))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	/**
	 * A request the security firewall refuses, before anyone signs in: a 400 problem that
	 * says what a path may not hold, written where it is refused (by default it went to
	 * the error page, which asks for a user: a 401 for a signed-in one).
	 */
	@Bean
	RequestRejectedHandler requestRejected(ProblemWriter problems) {
		return (request, response, ex) -> {
			if (!FIREWALL_METHODS.contains(request.getMethod())) {
				problems.write(request, response, methodNeverTaken(request.getMethod()));
				return;
			}
			problems.write(request, response,
					new CadastreProblem(HttpStatus.BAD_REQUEST, "bad-request", "Bad Request", Text
						.of("The request is malformed: its path may not hold ';', '//', '..', a backslash, or an "
								+ "encoded '/', '.' or '%', nor a parameter's name a control character.")));
		};
	}

	/** 405, as Spring answers a method a path does not take. */
	private static CadastreProblem methodNeverTaken(String method) {
		return new CadastreProblem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method Not Allowed",
				Text.of("The service takes no {0} request.", method));
	}

	/**
	 * No observation of each security filter, authentication and authorization: they cost
	 * more per request than they tell (requests themselves are still observed).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder());
	}

}
