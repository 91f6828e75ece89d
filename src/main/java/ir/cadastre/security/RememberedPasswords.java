package ir.cadastre.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, remembering which (password, hash) pairs it has already verified. HTTP Basic
 * sends the password with every request, and a BCrypt check costs tens of milliseconds:
 * far more than an overlap check. A remembered pair is keyed by an HMAC under a key that
 * lives only in this process, and includes the stored hash, so a changed password is
 * never matched from memory.
 */
final class RememberedPasswords implements PasswordEncoder {

	private static final int CAPACITY = 10_000;

	private final PasswordEncoder bcrypt;

	private final SecretKeySpec key;

	private final Map<String, Boolean> verified = new ConcurrentHashMap<>();

	private final ThreadLocal<Mac> macs;

	RememberedPasswords(PasswordEncoder bcrypt) {
		this.bcrypt = bcrypt;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.bcrypt.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return false;
		}
		String pair = fingerprint(rawPassword, encodedPassword);
		if (this.verified.containsKey(pair)) {
			return true;
		}
		boolean matches = this.bcrypt.matches(rawPassword, encodedPassword);
		if (matches) {
			if (this.verified.size() >= CAPACITY) {
				this.verified.clear();
			}
			this.verified.put(pair, Boolean.TRUE);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.bcrypt.upgradeEncoding(encodedPassword);
	}

	private String fingerprint(CharSequence rawPassword, String encodedPassword) {
		Mac mac = this.macs.get();
		mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
		mac.update((byte) 0);
		return Base64.getEncoder().encodeToString(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
