import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  aboutReligion,
  aboutSomeoneElse,
  FOR_THE_TARGETED,
  faithLeads,
  forReader,
  RELIGION,
  worriedWriter,
} from '../../src/answer/audience.js';
import { composeExtractive } from '../../src/answer/extractive.js';
import { withoutStepWords } from '../../src/answer/substance.js';
import { parseTagVocabulary } from '../../src/knowledge/lint-warnings.js';
import type { RetrievedChunk } from '../../src/retrieval/types.js';
import { chunk } from './fakes.js';

const tagged = (docId: string, tags: string[], kind: RetrievedChunk['meta']['kind'] = 'faq') => {
  const c = chunk(docId, `Text of ${docId}.`, { kind });
  return { ...c, meta: { ...c.meta, tags } };
};
const recruitMe = tagged('faq/recruit-me.md', [FOR_THE_TARGETED]);
const religion = tagged('faq/religion.md', [RELIGION]);
const families = tagged('commentary/families.md', ['families', 'what-to-do'], 'commentary');
const helpPage = tagged('resources/help.md', ['hotlines'], 'resource');
const ids = (chunks: RetrievedChunk[]) => chunks.map((c) => c.docId);

describe('aboutSomeoneElse', () => {
  it('reads a relative, a friend or a pupil, in en/ru/kk, as someone else', () => {
    for (const q of [
      'what should I do first if I think my son is being recruited?',
      'how can I help my friend leave a far-right group',
      'what are the first steps for a worried parent',
      'I teach in Berlin, a pupil keeps sharing memes',
      'что делать родителям в первую очередь',
      'Я учитель, ученик нарисовал свастику',
      'мектепте мұғалім ретінде не істеуім керек',
      'досымды экстремистік топқа тартып жатыр',
    ])
      expect(aboutSomeoneElse(q), q).toBe(true);
  });

  it('reads the writer being approached as the writer, even with a friend in it', () => {
    for (const q of [
      'im being recruited by an extremist group, help',
      'my friend keeps trying to recruit me into his group',
      'меня вербуют что делать',
      'Мені интернетте бір топқа шақырып жатыр, не істеуім керек?',
    ])
      expect(aboutSomeoneElse(q, 'concerned'), q).toBe(false);
    expect(aboutSomeoneElse('How do recruiters find people online?')).toBe(false);
  });

  it('takes the screen reading a message as a worried person’s as someone else', () => {
    expect(aboutSomeoneElse('he watches those videos all night', 'concerned')).toBe(true);
  });
});

describe('forReader', () => {
  const found = [recruitMe, religion, families, helpPage];

  it('leaves out the recruit-me FAQ and, with no faith asked about, the religion FAQ for a worried relative', () => {
    expect(ids(forReader(found, 'my brother joined a neo-nazi group', 'concerned'))).toEqual([
      'commentary/families.md',
    ]);
  });

  it('keeps help pages when the worried relative asks whom to call', () => {
    expect(ids(forReader(found, 'my son is being recruited, who should I call?', 'concerned'))).toEqual([
      'commentary/families.md',
      'resources/help.md',
    ]);
  });

  it('keeps the religion FAQ for a question about faith, and everything for the writer being recruited', () => {
    expect(aboutReligion('my son thinks jihad is a duty')).toBe(true);
    expect(aboutReligion('сын стал молиться и отрастил бороду')).toBe(true);
    expect(aboutReligion('брат связался с неонацистами')).toBe(false);
    expect(ids(forReader(found, 'my son thinks jihad is a duty', 'concerned'))).toContain('faq/religion.md');
    expect(ids(forReader(found, 'someone keeps messaging me to join', 'informational'))).toEqual([
      'faq/recruit-me.md',
      'commentary/families.md',
      'resources/help.md',
    ]);
  });

  it('puts advice for families first and the reporting FAQ last for a relative asking what to do', () => {
    const reporting = tagged('faq/reporting.md', ['reporting-content', 'messaging-apps', 'what-to-do']);
    const apps = tagged('commentary/apps.md', ['messaging-apps'], 'commentary');
    const question = 'my brother joined a telegram group that posts beheading videos, how do I get him out';
    expect(ids(forReader([reporting, apps, families], question, 'concerned'))).toEqual([
      'commentary/families.md',
      'commentary/apps.md',
      'faq/reporting.md',
    ]);
    expect(
      ids(
        forReader(
          [reporting, families],
          'my son shares beheading videos, how do I report them?',
          'concerned',
        ),
      ),
    ).toEqual(['faq/reporting.md', 'commentary/families.md']);
  });

  it('keeps the passages it would leave out when nothing else was found', () => {
    expect(ids(forReader([recruitMe], 'my son is being recruited', 'concerned'))).toEqual([
      'faq/recruit-me.md',
    ]);
  });
});

describe('a question about a faith or its believers', () => {
  const muslims = tagged('faq/religion.md', [RELIGION]);
  const withText = (c: RetrievedChunk, text: string) => ({ ...c, text });
  const faq = withText(
    muslims,
    'The great majority of Muslims have nothing to do with violent extremism. Treating a whole religion as suspect is wrong.',
  );
  const signs = withText(
    tagged('faq/warning-signs.md', ['warning-signs']),
    'Praying more or dressing differently are not signs of extremism in themselves. Secrecy about new contacts matters.',
  );
  const content = withText(
    tagged('resources/reporting.md', ['reporting'], 'resource'),
    'Its analysts find verified terrorist content. Sharing material that encourages terrorism can be an offence.',
  );

  it('is led by the religion FAQ, not by a group that claims a religion', () => {
    expect(faithLeads('are all muslims terrorists?', [content, faq])).toBe(true);
    expect(faithLeads('ұлым сақал өсірді, бұл уаххабизм бе?', [faq])).toBe(true);
    expect(faithLeads('how does ISIS recruit on telegram?', [faq])).toBe(false);
    expect(faithLeads('are all muslims terrorists?', [content])).toBe(false);
    expect(ids(forReader([content, signs, faq], 'are all muslims terrorists?'))[0]).toBe('faq/religion.md');
  });

  it('is never followed by sentences about terrorist content or offences, only by what is not a sign', () => {
    const question = 'are all muslims terrorists? is praying more a sign?';
    const chunks = forReader([content, signs, faq], question);
    const { composed } = composeExtractive(question, 'en', chunks);
    expect(composed.text).toMatch(/^The great majority of Muslims/);
    expect(composed.text).not.toMatch(/terrorist content|offence/);
    expect(composed.citations.map((c) => c.docId)).not.toContain('resources/reporting.md');
  });
});

describe('worriedWriter', () => {
  it('reads a worry about a relative or pupil in en/ru/kk, whatever the screen said', () => {
    for (const q of [
      'мой сын 16 лет играет в роблокс и там какие то взрослые зовут его в дискорд, это опасно?',
      'мой муж сидит в колонии и там с ним кто то работает, он стал другим',
      'жена стала закрывать лицо и не пускает детей в школу',
      'кызым интернетте біреумен сөйлеседі, ол оны Түркияға шақырып жатыр',
      'ұлым түрмеде, онымен біреулер сөйлесіп жүр, ол өзгерді',
      'my daughter talks to adults she met in a game, is it dangerous?',
    ])
      expect(worriedWriter(q), q).toBe(true);
  });

  it('is not the writer being approached, nor a relative without a worry', () => {
    expect(worriedWriter('adults keep inviting me to discord, is it dangerous?')).toBe(false);
    expect(worriedWriter('what should my son study at university?')).toBe(false);
    expect(worriedWriter('меня зовут в группу, это опасно?')).toBe(false);
  });
});

describe('withoutStepWords', () => {
  it('drops the words that ask for steps, not the subject', () => {
    expect(withoutStepWords('что делать родителям в первую очередь')).not.toMatch(/первую очередь/);
    expect(withoutStepWords('what are the first steps for a worried parent')).toMatch(/worried parent/);
    expect(withoutStepWords('what are the first steps for a worried parent')).not.toMatch(/first|steps/);
    expect(withoutStepWords('інімді тартып жатыр, алғашқы қадамдар қандай')).not.toMatch(/қадам/);
    expect(withoutStepWords('first steps?')).toBe('first steps?');
  });
});

describe('the tags that say whom a document answers', () => {
  it('are in the vocabulary knowledge/README.md documents, so the linter accepts them', async () => {
    const vocabulary = parseTagVocabulary(await readFile('knowledge/README.md', 'utf8'));
    expect(vocabulary?.has(FOR_THE_TARGETED)).toBe(true);
    expect(vocabulary?.has(RELIGION)).toBe(true);
    expect(vocabulary?.has('about-the-bot')).toBe(true);
  });
});
