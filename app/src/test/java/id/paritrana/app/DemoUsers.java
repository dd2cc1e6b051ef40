package id.paritrana.app;

import java.util.List;

/** The demo sign-ins of the test profile, one per role, by username. */
public final class DemoUsers {

	public static final String PASSWORD = "paritrana2024";

	public static final String ADMIN = "admin";

	public static final String PANITIA_34 = "panitia.diy";

	public static final String VERIFIKATOR_34 = "verifikator.diy";

	public static final String PENILAI = "penilai";

	public static final String OPERATOR_PEMDA = "operator.yogyakarta";

	public static final String OPERATOR_BU = "operator.bu";

	public static final List<String> ALL = List.of(ADMIN, PANITIA_34, VERIFIKATOR_34, PENILAI, OPERATOR_PEMDA,
			OPERATOR_BU);

	private DemoUsers() {
	}

}
