package ir.cadastre.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a health path that names no group ({@code /actuator/health/db}, say) as any
 * unknown path is answered, a 404 problem: the health endpoint itself answers it with a
 * 404 that has no body and no type, since it never shows a component
 * ({@code management.endpoint.health.show-details=never}). {@code /actuator/health} and
 * its groups ({@code liveness}, {@code readiness}) pass.
 */
@Component
class HealthPathFilter extends OncePerRequestFilter {

	private static final String HEALTH = "/actuator/health/";

	private final ProblemWriter problems;

	private final HealthEndpointGroups groups;

	HealthPathFilter(ProblemWriter problems, HealthEndpointGroups groups) {
		this.problems = problems;
		this.groups = groups;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !path(request).startsWith(HEALTH);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String group = path(request).substring(HEALTH.length());
		group = group.endsWith("/") ? group.substring(0, group.length() - 1) : group;
		if (group.isEmpty() || (!group.contains("/") && this.groups.get(group) != null)) {
			chain.doFilter(request, response);
			return;
		}
		this.problems.write(request, response, new CadastreProblem(HttpStatus.NOT_FOUND, "not-found", "Not Found",
				Text.of("There is nothing at this path.")));
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
