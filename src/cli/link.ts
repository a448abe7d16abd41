import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { errorMessage, UserError } from '../errors.js';
import { resolveBotUsername } from '../partners/bot-username.js';
import { partnerLinks } from '../partners/deep-link.js';
import { loadPartners } from '../partners/load.js';
import { writeQrCodes } from '../partners/qr.js';
import { PARTNER_CODE } from '../partners/types.js';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}
const USAGE =
  'Usage: npm run link -- <partner-code> [--out DIR]   (needs BOT_USERNAME or TELEGRAM_BOT_TOKEN)';

/** `npm run link -- <code>`: a partner's deep links, and QR codes for posters. Returns the exit code. */
export async function runLink(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliIo,
): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { out: { type: 'string', default: join('out', 'qr') } },
      allowPositionals: true,
    });
    const code = positionals[0];
    if (!code || positionals.length > 1) throw new UserError('BAD_INPUT', USAGE);
    if (!PARTNER_CODE.test(code)) {
      throw new UserError('BAD_INPUT', `"${code}" cannot be a deep-link code: use 1-64 of A-Z a-z 0-9 _ -`);
    }
    const config = loadConfig(env);
    const file = join(config.knowledgeDir, 'partners.yaml');
    const { partners } = await loadPartners(file);
    if (!partners.has(code))
      io.err(`warning: "${code}" is not in ${file}; the link will work but greet no partner`);
    const bot = await resolveBotUsername(config.telegram);
    const links = partnerLinks(bot, code);
    const qr = await writeQrCodes(links.start, values.out, code);
    io.out(`start:      ${links.start}`);
    io.out(`startgroup: ${links.startGroup}`);
    io.out(`qr:         ${qr.png}`);
    io.out(`            ${qr.svg}`);
    return 0;
  } catch (err) {
    io.err(err instanceof UserError ? err.message : `link failed: ${errorMessage(err)}`);
    return err instanceof UserError ? 2 : 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runLink(process.argv.slice(2), process.env, { out: console.log, err: console.error }).then((code) => {
    process.exitCode = code;
  });
}
