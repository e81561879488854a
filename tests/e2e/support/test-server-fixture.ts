import { startTestServer, type TestServer } from '../../fixtures/openai-server/server.ts';

/** The `server` fixture of every suite (e2e, raw-CDP lifetime, bench): started for the test, closed after it. */
export async function testServerFixture({}, use: (server: TestServer) => Promise<void>): Promise<void> {
  const server = await startTestServer();
  await use(server);
  await server.close();
}
