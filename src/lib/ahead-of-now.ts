/**
 * A feed's clock may run a little ahead of the page's: a price or a quote dated more than this after
 * now is named as dated ahead of now (a time zone or clock mistake), not shown as current.
 */
export const aheadShownMs = 5 * 60_000
