/**
 * Someone who wants to leave an extremist group or scene ("I want out", "хочу выйти из группы", "топтан шыққым
 * келеді"): their card offers the folder's exit services first, where it has them (resources tagged `exit`).
 */
const LEAVING = new RegExp(
  [
    String.raw`\bwant(s|ed)? (to )?(get )?out\b`,
    String.raw`\b(want|trying|try|need|help me|how (do|can) i) (to )?(leave|quit|exit|get out of|break (away|free) from) (the|this|that|my|a|our|their|them|it)\b`,
    String.raw`\b(leav(e|ing)|quit(ting)?|get(ting)? out of|escap(e|ing)) (the|this|that|my) (group|gang|movement|scene|organi[sz]ation|cell|network|brotherhood)\b`,
    String.raw`\bused to be (in|part of|a member of) (a|an|the)\b.*\b(want|get|scared|afraid)\b`,
    // someone who has already left, and is followed or threatened for it: "I left a group two months ago and they…"
    String.raw`\b(i|i've|i have|i already) (just |already )?(left|quit|got out of|walked away from) (the|this|that|my|a|an|their)( \p{L}+)? (group|gang|movement|scene|organi[sz]ation|cell|network|brotherhood|chat)\b`,
    String.raw`(вышел|вышла|ушёл|ушел|ушла|выбрался|выбралась|вырвался|вырвалась) из (группы|группировки|движения|организации|секты|ячейки|джамаата)`,
    `(выйти|уйти|вырваться|выбраться) из (группы|группировки|движения|организации|секты|ячейки|этого|них)`,
    String.raw`(хочу|хотел\p{L}*|пытаюсь|как) (выйти|уйти|порвать|вырваться)`,
    String.raw`(топтан|ұйымнан|қозғалыстан|олардан|бұдан) (шығ|шық|кет|құтыл)\p{L}*`,
    String.raw`\b(toptan|uiymnan|uyymnan|qozgalystan|olardan|budan) (shyg|shyq|shyk|shig|shiq|ket|qutyl|kutyl)\p{L}*`,
  ].join('|'),
  'iu',
);

export const speaksOfLeaving = (text: string): boolean => LEAVING.test(text);
