import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { VIEWS } from '../../src/model/domain';
import { fetchNetwork } from '../queries/fetch-network';
import { fetchSummary } from '../queries/fetch-summary';

const graphQuery = z.object({ view: z.enum(VIEWS).default('all') });

export function registerApiRoutes(app: FastifyInstance, driver: Driver): void {
  app.get('/api/health', async (_request, reply) => {
    try {
      const info = await driver.getServerInfo();
      return {
        status: 'ok',
        neo4j: {
          connected: true,
          agent: info.agent ?? null,
          protocolVersion: info.protocolVersion ?? null,
        },
      };
    } catch (error) {
      return reply.code(503).send({
        status: 'unavailable',
        neo4j: { connected: false, error: (error as Error).message },
      });
    }
  });

  app.get('/api/summary', async () => fetchSummary(driver));

  app.get('/api/graph', async (request, reply) => {
    const parsed = graphQuery.safeParse(request.query);
    if (!parsed.success) {
      return reply.code(400).send({ error: `view must be one of ${VIEWS.join(', ')}` });
    }
    return fetchNetwork(driver, parsed.data.view);
  });
}
