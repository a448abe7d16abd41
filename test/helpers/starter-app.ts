import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';

/** The app over the starter `knowledge/` folder, built once for a test file in a fresh data dir and closed after. */
export function useStarterApp(prefix: string) {
  let app: App | undefined;
  let dataDir = '';
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), prefix));
    app = await createApp(testConfig({ knowledgeDir: 'knowledge', dataDir, watchKnowledge: false }));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  const started = (): App => {
    if (!app) throw new Error('useStarterApp: the app is built in beforeAll');
    return app;
  };
  return { app: started, ask: (text: string) => started().answerer.ask({ text }) };
}
