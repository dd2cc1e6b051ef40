/**
 * Indonesia's administrative areas (province, regency/city, district, village): loaded once
 * from the shipped Kemendagri data, browsed and searched by every signed-in user.
 */
package id.paritrana.app.region;
