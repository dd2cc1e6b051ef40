package id.paritrana.app.security;

import java.util.List;

/**
 * Demo sign-ins that another module creates (the demo's jurors), beside the one per role
 * of {@link DemoAccounts}: together they are the one list printed at start and, once
 * their accounts exist, shown on the sign-in page. All have the demo password.
 */
public interface DemoSignIns {

	String PASSWORD = "paritrana2024";

	List<DemoSignIn> signIns();

	/** A demo sign-in as listed for the person trying the demo. */
	record DemoSignIn(String username, Role role, String displayName) {
	}

}
