/**
 * The few pieces every feature shares: layout and language, the home page, and how invalid
 * input and errors are answered (problem details for the API, friendly pages for people).
 */
package id.paritrana.app.system;
