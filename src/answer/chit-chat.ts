/**
 * Questions of everyday chat that share a common word with the folder ("what time is it": "…spends time with a new
 * circle"): the folder has nothing to say to them, whatever its passages match. In en/ru/kk, the whole message.
 */
const CHIT_CHAT =
  /^\s*(what('?s| is) the (time|date|weather)( (today|now|there|here))?|what time is it( now)?|what (day|date) is (it|today)( today)?|how('?s| is) the weather( today)?|how are (you|u)( doing)?|how('?s| is) it going|what'?s up|tell me a joke|который час|сколько (сейчас )?времени|какое (сегодня )?число|какой сегодня день|какая (сегодня )?погода|как (у тебя |у вас )?дела|расскажи анекдот|сағат неше|бүгін (қай күн|неше)|ауа райы қандай|қалайсыз|қалың қалай|kotoryi chas|kotoryj chas|skolko vremeni|kak dela)[\s?!.,)]*(\p{Emoji_Presentation}|lol|pls|please)?[\s?!.]*$/iu;

/** The message is everyday chat the folder cannot answer (see `CHIT_CHAT`). */
export const chitChat = (text: string): boolean => CHIT_CHAT.test(text);
