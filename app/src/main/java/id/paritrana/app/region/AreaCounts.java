package id.paritrana.app.region;

/** How many areas of each level are loaded. */
public record AreaCounts(long provinces, long regencies, long cities, long districts, long villages) {
}
