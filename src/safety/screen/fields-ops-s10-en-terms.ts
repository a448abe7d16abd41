import { GROUP } from './lexicon-en-words.js';
import { alt, B, E, W, w } from './rules.js';

/**
 * Shared fields of session 10's English operational families (fields-ops-s10-en*.ts): the insider's cause, the
 * framings that make a message a question about others, and a worried writer.
 */

/**
 * The writer's own side: a group named, or the words an insider uses for it, its day and its enemies ("the guys on
 * the ground", "for the cause", "the struggle", "race war", "go ER", "the saints", "the new arrivals").
 */
export const CAUSE = alt(
  `${B}${GROUP}${E}`,
  w(
    `(?:our|my) (?:movement|cause|cell|brotherhood|struggle|militia|comrades|brothers|guys|lads|boys)`,
    `the (?:cause|struggle|movement|caravan|brotherhood|saints?|fighters)|for the (?:cause|struggle|movement|day|brothers|pledge)|before the day`,
    `(?:guys|lads|boys|brothers|mates) (?:on the ground|over there|in the camp|from the movement)|where (?:our|the) (?:guys|brothers) are`,
    `race war|accel(?:erat${W})?|go(?:ing)? er|blackpill${W}|red ?pill${W}|replac(?:e|ing) us|invaders|new arrivals|cleans(?:e|ing) (?:the|our)${W}`,
    `terrorgram${W}|saints? stuff|glowies|high scores?|sovereign (?:lads|citizens?)|eco[- ]cell|com groups?|active clubs?|14 ?words|1488|sun ?wheel`,
    `our people waking|take (?:our|the) country back|wake up (?:brothers|white|europe)|training camps?|the camp`,
  ),
);

/** Why, history, research, the law, prevention, moderation and reporting: a question about others, not a request. */
export const ABOUT = w(
  `why (?:do|does|did|are|is|would)|how (?:do|does|did|can) (?:they|recruiters|groups|extremists|terrorists|platforms|moderators|police|investigators|banks|companies|governments|schools|researchers|journalists|people spot)`,
  `history (?:of|behind|lesson|class|essay|teacher)|historical|research${W}|thes[ie]s|dissertation|analy[sz]${W}|statistics|documentar${W}|news|article|report(?:ing)? on|(?:i'?m|i am|as) an? (?:journalist|reporter|researcher|student)|journalism|academic|(?:my|a|for a) lecture|lecture on|course|curriculum|training for (?:staff|teachers|moderators)`,
  `prevent${W}|protect${W}|defend (?:against|my|our|your|them|him|her)|counter${W}|debunk${W}|(?:how to|to) recogni[sz]${W}|recogni[sz]ing|spot(?:ting)? (?:the )?signs?|warning signs?|red flags?|report(?: it| them| this| a| an)?|flag (?:it|them|this)|take (?:it|them) down|is it (?:illegal|legal|a crime)|against the law|safeguard${W}`,
  `what (?:is|are|does|was|were) (?:an? |the )?(?:soft targets?|active clubs?|accelerationism|the com|terrorgram|blackpill|the great replacement|a saint)`,
);

/**
 * A writer worried about someone else and asking what to do. A relative who asks how to do the thing for them
 * ("my son is at the front, how do I get money to him") is not worried here: the ask is the act.
 */
export const WORRIED = w(
  `worried|scared for|afraid for|concerned|should i (?:tell|report|call|be worried)|who (?:do|should|can) i (?:call|tell|report)|how (?:do|can) i (?:stop|talk (?:him|her|them) out|get (?:him|her|them) out|help (?:him|her|them))`,
  `what (?:do|should|can) (?:i|we) do|how (?:do|should) i (?:handle|react|respond|approach)|am i overreacting|what now|is (?:this|it|that) (?:normal|bad|dangerous|a red flag|serious)|someone (?:keeps|is) (?:sending|messaging|pressuring) me`,
  `i'?m (?:so )?(?:scared|worried|afraid)|(?:scared|afraid) (?:he|she|they)'?ll|how seriously|teacher here|i teach|youth (?:worker|centre|center)|i work (?:at|with)|i heard (?:a|him|her|them|my)|as a (?:teacher|parent|mum|mom|dad|youth worker|social worker|counsell?or)`,
);

/** Games and fiction sets the writer names as the place of the act ("in Arma 3", "my Rimworld colony"). */
export const GAME = w(
  `rainbow six|siege|cs ?go|cs2|counter-?strike|valorant|fortnite|pubg|warzone|apex|minecraft|gta|tarkov|call of duty|arma|dayz|rust|rimworld|hitman|skyrim|fallout|elden ring|d&d|dnd|tabletop|board game|in(?:-| )?game`,
);
