import { homeSummary } from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HomeService } from '../../modules/home/home.service.ts';
import { actorOf } from '../auth-hook.ts';

/** The home page's figures; every signed-in user has some (each figure is gated by its own permission). */
export const homeRoutes =
  (home: HomeService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/home',
      {
        config: { access: { kind: 'signed_in' } },
        schema: { tags: ['home'], response: { 200: homeSummary } },
      },
      async (req) => home.summary(actorOf(req)),
    );
  };
