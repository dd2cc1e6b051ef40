/**
 * Assessment: measures, desk scores and ranks of an edition; here also the stateless
 * {@code evaluate} command of DESIGN §7.1.
 */
package id.paritrana.app.assessment;
