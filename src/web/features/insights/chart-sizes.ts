/*
 * Heights of the insights' charts, in pixels: the charts draw at these, and
 * their placeholders take the same while the charting library loads. Kept
 * apart from the charts so that the page can size a placeholder without
 * loading the library.
 */

/** The reply-time chart, for `bars` bars. */
export const responseChartHeight = (bars: number): number => 48 + bars * 36;

/** The month-by-month reasons and themes charts. */
export const TREND_HEIGHT = 240;

/** The flow of the whole search; `compact` on phones. */
export const sankeyHeight = (compact: boolean): number => (compact ? 340 : 380);
