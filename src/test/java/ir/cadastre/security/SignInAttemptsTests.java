package ir.cadastre.security;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.Metrics;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing: five wrong passwords in a row lock a user name out from that address
 * for a quarter of an hour, the right password included, and say so (429); a known and an
 * unknown name are treated alike. Each test guesses at a user of its own, since the
 * counts outlive a test.
 */
@CadastreTest
class SignInAttemptsTests extends ApiTest {

	private static final int GUESSES_AT_ONCE = 40;

	@Test
	void theSixthAttemptAfterFiveWrongPasswordsIsRefusedEvenWithTheRightOne() {
		String user = guessedUser("t-guessed");
		double lockouts = Metrics.read(this.api).value("cadastre_sign_in_lockouts_total");
		for (int i = 0; i < SignInAttempts.ALLOWED; i++) {
			assertThat(attempt(user, "wrong-" + i).statusCode()).isEqualTo(401);
		}

		HttpResponse<byte[]> locked = attempt(user, Api.PASSWORD);
		attempt(user, "wrong-again");
		assertThat(Metrics.read(this.api).value("cadastre_sign_in_lockouts_total"))
			.as("one lockout begun, however often it refuses")
			.isEqualTo(lockouts + 1);

		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(new String(locked.body())).contains("urn:cadastre:problem:too-many-sign-in-attempts",
				"try again in 15 minutes");
		assertThat(locked.headers().firstValue("Retry-After")).hasValue("900");
		assertThat(attempt(Fixtures.APPLICANT, Api.PASSWORD).statusCode())
			.as("another user from the same address signs in as before")
			.isEqualTo(200);
	}

	@Test
	void anUnknownNameIsLockedOutAsAKnownOneIs() {
		for (int i = 0; i < SignInAttempts.ALLOWED; i++) {
			assertThat(attempt("t-nobody", "wrong-" + i).statusCode()).isEqualTo(401);
		}

		assertThat(attempt("t-nobody", "wrong").statusCode()).isEqualTo(429);
	}

	@Test
	void theRightPasswordBeforeTheLimitStartsTheCountAgain() {
		String user = guessedUser("t-forgetful");
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < SignInAttempts.ALLOWED - 1; i++) {
				assertThat(attempt(user, "wrong-" + i).statusCode()).isEqualTo(401);
			}
			assertThat(attempt(user, Api.PASSWORD).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void guessesSentAllAtOnceAreCheckedNoMoreThanTheLimitAllows() throws Exception {
		String user = guessedUser("t-hurried");

		List<Integer> statuses = atOnce(GUESSES_AT_ONCE, (i) -> attempt(user, "wrong-" + i).statusCode());

		assertThat(statuses).as("only the allowed guesses had their password checked")
			.filteredOn((status) -> status == 401)
			.hasSize(SignInAttempts.ALLOWED);
		assertThat(statuses).as("the others were refused unchecked")
			.filteredOn((status) -> status == 429)
			.hasSize(GUESSES_AT_ONCE - SignInAttempts.ALLOWED);
		assertThat(attempt(user, Api.PASSWORD).statusCode()).isEqualTo(429);
	}

	@Test
	void aPageAskingManyThingsAtOnceWithTheRightPasswordIsNeverHeldOff() throws Exception {
		String user = guessedUser("t-busy-page");

		List<Integer> statuses = atOnce(GUESSES_AT_ONCE, (i) -> attempt(user, Api.PASSWORD).statusCode());

		assertThat(statuses).containsOnly(200);
	}

	@Test
	void theLastMinuteOfALockIsSaidInTheSingular() {
		assertThat(SignInAttempts.lockedFor(Duration.ofSeconds(30)).in(Locale.ENGLISH))
			.endsWith("try again in a minute.");
		assertThat(SignInAttempts.lockedFor(Duration.ofSeconds(61)).in(Locale.ENGLISH))
			.endsWith("try again in 2 minutes.");
	}

	/** What each of {@code count} requests answered, all sent at the same instant. */
	private static List<Integer> atOnce(int count, IntFunction<Integer> request) throws Exception {
		CyclicBarrier together = new CyclicBarrier(count);
		ExecutorService clients = Executors.newFixedThreadPool(count);
		try {
			List<Future<Integer>> answers = IntStream.range(0, count).mapToObj((i) -> clients.submit(() -> {
				together.await();
				return request.apply(i);
			})).toList();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			return statuses;
		}
		finally {
			clients.shutdownNow();
		}
	}

	private HttpResponse<byte[]> attempt(String user, String password) {
		return this.api.bytes(this.api.request("/api/v1/me", null)
			.header("Authorization", Api.basic(user, password))
			.header("X-Requested-With", "XMLHttpRequest"));
	}

	private String guessedUser(String name) {
		this.db.sql("""
				INSERT INTO app_user (username, password_hash, role) VALUES (:name, :hash, 'APPLICANT')
				ON CONFLICT (username) DO NOTHING
				""")
			.param("name", name)
			.param("hash", PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(Api.PASSWORD))
			.update();
		return name;
	}

}
