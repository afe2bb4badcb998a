import {
  campaignContract,
  campaignCreate,
  campaignListQuery,
  campaignResultsSchema,
  campaignUpdate,
  pagedResult,
  peakCampaign,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CampaignService } from '../../modules/cases/campaign.service.ts';
import { actorOf } from '../auth-hook.ts';
import { onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['campaigns'];
const type = campaignContract.recordType;

/** `/api/v1/campaigns`: peak campaigns (đợt cao điểm) and their computed results. */
export const campaignRoutes =
  (service: CampaignService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/campaigns',
      {
        config: onList('campaign.read'),
        schema: { tags, querystring: campaignListQuery, response: { 200: pagedResult(peakCampaign) } },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      '/campaigns/:id',
      {
        config: onRecord('campaign.read', type),
        schema: { tags, params: recordIdParams, response: { 200: peakCampaign } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.get(
      '/campaigns/:id/results',
      {
        config: onRecord('campaign.read', type),
        schema: { tags, params: recordIdParams, response: { 200: campaignResultsSchema } },
      },
      async (req) => service.results(actorOf(req), req.params.id),
    );
    app.post(
      '/campaigns',
      {
        config: onList('campaign.write'),
        schema: { tags, body: campaignCreate, response: { 201: peakCampaign } },
      },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      '/campaigns/:id',
      {
        config: onRecord('campaign.write', type),
        schema: { tags, params: recordIdParams, body: campaignUpdate, response: { 200: peakCampaign } },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    timelineRoute(app, {
      path: '/campaigns',
      recordType: type,
      permission: 'campaign.read',
      tag: 'campaigns',
      timeline: service.timeline,
    });
  };
