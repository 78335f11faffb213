// Positions on the A4 page, in PDF points, after DIN 5008 form B ("Form B": letterhead 45 mm):
// address field 45 mm from the top and 20 mm from the left, 85 × 45 mm, its text on the
// alignment line 25 mm from the left that the body text shares; information block from 125 mm
// at 50 mm from the top; fold marks at 105 and 210 mm, punch mark at 148.5 mm.

/** Millimetres to points. */
export const mm = (millimetres: number) => (millimetres * 72) / 25.4;

export const PAGE = { width: mm(210), height: mm(297) } as const;

/** Left alignment line of all text (address field edge + 5 mm) and the right margin. */
export const LEFT = mm(25);
export const RIGHT = mm(190);
export const CONTENT_WIDTH = RIGHT - LEFT;

export const HEADER_TOP = mm(14);

export const ADDRESS_FIELD = {
  /** The return address sits at the foot of the 17.7 mm remark zone. */
  returnLineY: mm(57.5),
  /** First of at most six recipient lines. */
  recipientY: mm(62.7),
  width: mm(80),
} as const;

/** DIN 5008's information block is 75 mm wide: it may reach 10 mm from the right edge. */
export const INFO_BLOCK = { x: mm(125), y: mm(50), valueX: mm(154), right: mm(200) } as const;

export const SUBJECT_Y = mm(98.5);

/** Where body text starts on pages after the first (below their small header). */
export const CONTINUATION_TOP = mm(27);

/** Body text ends here; below are the page number and the footer. */
export const CONTENT_BOTTOM = mm(262);
export const PAGE_NUMBER_Y = mm(265);
export const FOOTER_RULE_Y = mm(270);
export const FOOTER_Y = mm(272);

export const FOLD_MARKS = [mm(105), mm(210)] as const;
export const PUNCH_MARK = mm(148.5);

/** Body text: size and line height. */
export const BODY = { size: 10, leading: 13 } as const;

export const GREY = '#555555';
export const RULE_GREY = '#b4b4b4';
