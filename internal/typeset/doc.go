// Package typeset breaks Chinese prose into lines for a fixed measure.
//
// fpdf's own MultiCell and SplitText drop a Chinese character at almost
// every line break and know nothing of the Chinese line-breaking rules
// (禁则): a closing mark such as ，。）」 may begin a line and an opening
// mark such as （「 may end one. This package is the replacement. It never
// loses a character (the lines joined give back the input), it keeps closing
// marks off the start of a line and opening marks off its end, it keeps a
// number whole and with its unit (231.52亿元, 2,431.67万元, 5.8%), it keeps a
// run of Latin letters together, and it tells the caller how much extra space
// to put between the characters of a line so that it fills the measure
// (Chinese is justified by letter spacing, not by word spacing).
//
// The package does not draw anything and does not import the PDF library:
// it measures through a function the caller gives it, so it can be tested
// with a fake measure and reused by any renderer.
//
// Prose converts the ASCII punctuation , : ; ( ) that the source data uses
// between Chinese characters into the fullwidth forms ，：；（）, while
// leaving numbers (2,431.67) and Latin text exactly as written.
package typeset
