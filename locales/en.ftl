welcome =
    <b>Counterpoint</b> answers questions about how violent extremist groups recruit people, and where to find help.
    Every answer cites the documents it comes from. No source, no claim.

    <b>What I am not:</b> I am not a counsellor, not the police, and I do not share propaganda, recruiters' contacts or any "how to".

    <b>Privacy:</b> I do not keep the text of your messages. Your Telegram id is stored only as a hash. See /privacy.

    Just type a question, for example: <i>How do recruiters approach teenagers online?</i>
help =
    Type a question in plain words and I will answer with numbered sources.
    /sources: what my knowledge covers
    /resources: where to get help
    /language: change the language
    /remember: let me keep your last question for follow-ups (off by default)
    /about: where my sources come from
    /privacy: what I store; /forget deletes it
help-terminal = In this terminal chat, press a button with /cb 1, /cb 2, ... and leave with Ctrl+D.
about =
    <b>About Counterpoint</b>
    Answers come only from a curated folder of documents: research, journalism and help services, each with its author, outlet and date.
    A small team of moderators curates it and can withdraw a document at once.
    If my documents do not cover something, I say so instead of guessing.
privacy =
    <b>Privacy</b>
    Stored: counts of questions and of 👍/👎 per document, your language choice, and the partner organisation whose link you opened (for 90 days, so its local help comes first). Your Telegram id only as a salted hash.
    Not stored: the text of your messages (unless you turn on /remember: then your last question, for 30 minutes), your name or username.
    /forget deletes your language choice and everything kept under your hashed id.
forget-done = Done. I deleted your language choice and everything kept under your id.
sources-heading = Sources
sources-summary = My knowledge holds { $count ->
        [one] one document
       *[other] { $count } documents
    }. Those in your language:
sources-empty = My knowledge folder is empty right now, so I cannot answer questions yet.
sources-kind-commentary = Commentary and research
sources-kind-faq = Questions and answers
sources-kind-resource = Where to get help
sources-other-languages = …and { $count } more in other languages.
resources-heading = <b>Where to get help</b>
resources-empty = I have no help services listed yet.
language-choose = Choose a language:
language-set = I will speak English with you.
language-unsupported = I speak English, Russian and Kazakh.
remember-on = Conversation memory is on: for 30 minutes I keep your last question so you can ask a short follow-up (for example "and what about in prisons?"). It is kept only in memory under your hashed id. /remember off or /forget deletes it at once.
remember-off = Conversation memory is off and your last question is deleted. Each message is answered on its own.
remember-usage = /remember on turns conversation memory on (your last question, for 30 minutes); /remember off turns it off and deletes it. Nothing was changed.
ask-too-long = Your message is too long ({ $length } characters). Please shorten it to { $max } characters or fewer.
ask-greeting = Hello! Ask me how extremist groups recruit people, what the warning signs are, or where to find help. For example: How do recruiters approach teenagers online?
ask-thanks = You're welcome. Ask me anything else about recruitment, warning signs or where to find help.
ask-ok = OK. If you have a question about recruitment, warning signs or where to find help, just ask. For example: What are the warning signs of radicalisation?
ask-bye = Goodbye, take care. You can come back and ask any time.
ask-not-helped = Sorry that did not help. Try asking in other words or about one thing at a time, for example: How do I talk to my son about extremist videos? For services you can talk to, see /resources.
ask-distress = Are you OK? If you or someone else is in danger, or you might hurt yourself, please call your local emergency number now. If you want, tell me in words what is happening, and I will tell you where to find help (/resources).
ask-not-found = I could not find this in my sources, so I will not guess.
ask-suggestions = I can tell you about: { $topics }
ask-refused = I cannot help with that. I can explain how recruitment works and where to find help.
ask-help = You do not have to deal with this alone. These services can help:
ask-rate-limited = You are asking faster than I can answer. Please wait a minute and try again.
ask-follow-up-hint = I answer each message on its own, so I read this one without your previous question. To ask follow-ups like this, turn on /remember.
button-up = 👍
button-down = 👎
button-more = More sources
feedback-thanks = Thank you for the feedback.
feedback-expired = This answer is too old for buttons. Ask again, please.
more-heading = <b>Passages behind this answer</b>
more-none = There are no more sources for this answer.
inline-hint-title = Type a question
inline-hint-text = Type a question after my name to get an answer with sources.
inline-answer-title = Answer with sources
inline-rate-limited-title = Too many requests
inline-rate-limited-text = Too many requests. Please try again in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
unhandled = I only read text messages. Please type your question.
error = Sorry, something went wrong on my side. Please try again in a moment.
cmd-start = What this bot is
cmd-help = How to use it
cmd-sources = What my knowledge covers
cmd-resources = Where to get help
cmd-language = Change the language
cmd-remember = Remember my last question for follow-ups
cmd-privacy = What is stored
cmd-forget = Delete what is stored about you
cmd-about = Where sources come from
mod-reload-done = Reloaded in { $seconds } s: { $added } added, { $updated } updated, { $removed } removed, { $unchanged } unchanged.
mod-reload-errors = Not loaded (fix these files):
mod-reload-kept = Still serving the previous version of:
mod-reload-failed = Reload failed: { $error }. The previous index keeps serving.
mod-lint-summary = { $files } files, { $valid } valid: { $errors } errors, { $warnings } warnings.
mod-more = …and { $count } more.
mod-retract-usage = Usage: /retract path/to/file.md (relative to knowledge/), for example /retract faq/warning-signs.md
mod-retract-list = Retracted now:
mod-retract-none = No document is retracted.
mod-retract-done = Retracted { $docId }: hidden from answers on every replica until the file is changed or removed. /unretract { $docId } shows it again.
mod-retract-unknown = No served document is called { $docId }. Use the path relative to knowledge/ (see /lint or npm run lint:knowledge).
mod-unretract-done = { $docId } is back in answers.
mod-unretract-none = { $docId } was not retracted.
mod-stats-title = Last { $days } days (UTC)
mod-stats-questions = Questions: { $total }. Answered { $answered }, not found { $notFound }, refused { $refused }, help { $help }.
mod-stats-daily = Per day (answered / not found / refused / help):
mod-stats-feedback = 👍/👎 per document:
mod-stats-notfound = Top not-found topics (a cluster's words show once { $k } questions share it; until then its #hash and the knowledge folder's own terms in it):
mod-stats-partners = Partner links (starts / questions):
mod-stats-none = none yet
mod-stats-usage = Usage: /stats [days], for example /stats 30 (1 to 90 days; 7 when not given).
cmd-reload = Re-index the knowledge folder now
cmd-stats = Usage figures (aggregate)
cmd-lint = Problems in knowledge files
cmd-retract = Hide a document from answers
cmd-unretract = Show a retracted document again
