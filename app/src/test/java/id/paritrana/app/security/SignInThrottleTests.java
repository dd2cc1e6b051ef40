package id.paritrana.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import id.paritrana.app.audit.AuditLog;

class SignInThrottleTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	final AuditLog audit = mock(AuditLog.class);

	final SignInThrottle throttle = throttle(new SecurityProperties.SignIn(3, 10, 10, Duration.ofMinutes(15),
			Duration.ofSeconds(30), Duration.ofHours(1), 1000));

	SignInThrottle throttle(SecurityProperties.SignIn settings) {
		var beans = new StaticListableBeanFactory();
		beans.addBean("clock", this.clock);
		return new SignInThrottle(new SecurityProperties(settings, false, null, null, true), this.audit,
				beans.getBeanProvider(Clock.class));
	}

	@Test
	void aUsernameAndAddressWaitsLongerAfterEachFailureBeyondTheAllowance() {
		for (int i = 0; i < 3; i++) {
			this.throttle.failed("Admin", "10.0.0.1");
			assertThat(this.throttle.mustWait("admin", "10.0.0.1")).isFalse();
		}
		this.throttle.failed("admin", "10.0.0.1");
		assertThat(this.throttle.mustWait("admin", "10.0.0.1")).isTrue();
		assertThat(this.throttle.mustWait("admin", "10.0.0.2")).isFalse();
		assertThat(this.throttle.mustWait("someone.else", "10.0.0.1")).isFalse();
		this.clock.advance(Duration.ofMillis(1001));
		assertThat(this.throttle.mustWait("admin", "10.0.0.1")).isFalse();
		this.throttle.failed("admin", "10.0.0.1");
		this.clock.advance(Duration.ofMillis(1999));
		assertThat(this.throttle.mustWait("admin", "10.0.0.1")).isTrue();
		this.clock.advance(Duration.ofMillis(2));
		assertThat(this.throttle.mustWait("admin", "10.0.0.1")).isFalse();
	}

	@Test
	void theWaitIsCappedAndForgottenAfterAWhile() {
		for (int i = 0; i < 40; i++) {
			this.throttle.failed("admin", "10.0.0.1");
		}
		this.clock.advance(Duration.ofMinutes(15).minusSeconds(1));
		assertThat(this.throttle.mustWait("admin", "10.0.0.1")).isTrue();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.throttle.mustWait("admin", "10.0.0.1")).isFalse();
		this.clock.advance(Duration.ofHours(1));
		this.throttle.failed("admin", "10.0.0.1");
		assertThat(this.throttle.mustWait("admin", "10.0.0.1")).as("forgotten: the allowance again").isFalse();
	}

	@Test
	void anAddressTryingManyUsernamesWaits() {
		for (int i = 0; i < 11; i++) {
			this.throttle.failed("user" + i, "10.0.0.9");
		}
		assertThat(this.throttle.mustWait("fresh.user", "10.0.0.9")).isTrue();
		assertThat(this.throttle.mustWait("fresh.user", "10.0.0.8")).isFalse();
	}

	@Test
	void aUsernameAloneWaitsOnlyBrieflyAndNotFromWhereItSignedInBefore() {
		this.throttle.succeeded("admin", "10.1.1.1");
		for (int i = 0; i < 60; i++) {
			// a distributed attack: each address stays within its own allowance
			this.throttle.failed("admin", "192.0.2." + i);
		}
		assertThat(this.throttle.mustWait("admin", "198.51.100.1")).isTrue();
		assertThat(this.throttle.mustWait("admin", "10.1.1.1")).as("a recent good address").isFalse();
		this.clock.advance(Duration.ofSeconds(30).plusMillis(1));
		assertThat(this.throttle.mustWait("admin", "198.51.100.1")).isFalse();
	}

	@Test
	void aSuccessForgetsTheUsernameButNotTheAddress() {
		for (int i = 0; i < 9; i++) {
			this.throttle.failed("other" + i, "10.0.0.5");
		}
		for (int i = 0; i < 3; i++) {
			this.throttle.failed("admin", "10.0.0.5");
		}
		this.throttle.succeeded("admin", "10.0.0.5");
		this.throttle.failed("admin", "10.0.0.5");
		assertThat(this.throttle.mustWait("admin", "10.0.0.5")).as("the address's 13th failure").isTrue();
		this.clock.advance(Duration.ofHours(2));
		this.throttle.failed("admin", "10.0.0.5");
		assertThat(this.throttle.mustWait("admin", "10.0.0.5")).isFalse();
	}

	@Test
	void parallelAttemptsCannotTryMorePasswordsThanTheAllowance() {
		// three free failures: three attempts may be checked at once, not a fourth
		for (int i = 0; i < 3; i++) {
			assertThat(this.throttle.begin("admin", "10.0.0.7")).isTrue();
		}
		assertThat(this.throttle.begin("admin", "10.0.0.7")).isFalse();
		assertThat(this.throttle.begin("someone.else", "10.0.0.7")).as("another username").isTrue();
		this.throttle.abandoned("someone.else", "10.0.0.7");
		for (int i = 0; i < 3; i++) {
			this.throttle.failed("admin", "10.0.0.7");
		}
		// past the allowance, one attempt at a time, and only once the wait is over
		assertThat(this.throttle.begin("admin", "10.0.0.7")).isTrue();
		assertThat(this.throttle.begin("admin", "10.0.0.7")).isFalse();
		this.throttle.failed("admin", "10.0.0.7");
		assertThat(this.throttle.begin("admin", "10.0.0.7")).isFalse();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.throttle.begin("admin", "10.0.0.7")).isTrue();
		this.throttle.succeeded("admin", "10.0.0.7");
		assertThat(this.throttle.begin("admin", "10.0.0.7")).isTrue();
		this.throttle.succeeded("admin", "10.0.0.7");
	}

	@Test
	void aUsernameThatSignedInFromAnAddressMayCallInParallelUntilItFails() {
		assertThat(this.throttle.begin("robot", "10.0.0.8")).isTrue();
		this.throttle.succeeded("robot", "10.0.0.8");
		// a machine client with the right password, 50 calls at once
		for (int i = 0; i < 50; i++) {
			assertThat(this.throttle.begin("robot", "10.0.0.8")).isTrue();
		}
		for (int i = 0; i < 50; i++) {
			this.throttle.succeeded("robot", "10.0.0.8");
		}
		// once a password fails there, parallel attempts are counted again
		this.throttle.failed("robot", "10.0.0.8");
		for (int i = 0; i < 2; i++) {
			assertThat(this.throttle.begin("robot", "10.0.0.8")).isTrue();
		}
		assertThat(this.throttle.begin("robot", "10.0.0.8")).isFalse();
	}

	@Test
	void auditsEachKeyOnceWhenItStartsWaiting() {
		for (int i = 0; i < 20; i++) {
			this.throttle.failed("admin", "10.0.0.1");
		}
		// the username and address, then the address and the username (each past its
		// allowance of 10)
		verify(this.audit, times(3)).recordAs(eq("anonymous"), eq("SIGN_IN_THROTTLED"), eq("sign-in"), any(), any(),
				any());
		verify(this.audit).recordAs(eq("anonymous"), eq("SIGN_IN_THROTTLED"), eq("sign-in"),
				eq("USER_AND_ADDRESS admin 10.0.0.1"), any(), any());
	}

	@Test
	void keepsABoundedNumberOfKeys() {
		SignInThrottle small = throttle(new SecurityProperties.SignIn(3, 10, 10, Duration.ofMinutes(15),
				Duration.ofSeconds(30), Duration.ofHours(1), 100));
		for (int i = 0; i < 10_000; i++) {
			small.failed("user" + i, "10.0." + (i / 250) + "." + (i % 250));
		}
		assertThat(small.trackedKeys()).isLessThanOrEqualTo(100);
	}

}
