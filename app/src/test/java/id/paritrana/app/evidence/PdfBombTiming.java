package id.paritrana.app.evidence;

import id.paritrana.app.system.InvalidInputException;

/**
 * How long the evidence check takes to refuse object-stream compression bombs of 1 and 8
 * GB, and a sound document's check for comparison: run by {@code bench/pdf-bombs.sh} in a
 * small heap, which the bombs would overflow many times if anything held their decoded
 * bytes.
 */
public final class PdfBombTiming {

	private PdfBombTiming() {
	}

	public static void main(String[] args) {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		PdfCheck check = new PdfCheck(EvidenceProperties.defaults());
		try {
			time(check, "ordinary, 5 pages", HostilePdfs.ordinary(5), rounds);
			time(check, "object stream bomb, 1 GB", HostilePdfs.objectStreamBomb(HostilePdfs.GB), rounds);
			time(check, "object stream bomb, 8 GB", HostilePdfs.objectStreamBomb(8 * HostilePdfs.GB), rounds);
		}
		finally {
			check.destroy();
		}
		Runtime runtime = Runtime.getRuntime();
		System.out.printf("max heap %d MB%n", runtime.maxMemory() >> 20);
	}

	private static void time(PdfCheck check, String name, byte[] pdf, int rounds) {
		for (int i = 1; i <= rounds; i++) {
			long start = System.nanoTime();
			String outcome;
			try {
				outcome = check.pages(pdf) + " pages";
			}
			catch (InvalidInputException ex) {
				outcome = ex.problems().get(0).messageKey();
			}
			System.out.printf("%-26s %9d bytes  round %d: %-32s %6.0f ms%n", name, pdf.length, i, outcome,
					(System.nanoTime() - start) / 1e6);
		}
	}

}
