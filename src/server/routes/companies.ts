import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { zCompany, zCompanyCreate, zCompanyUpdate } from '../../contracts/companies.js';
import * as companies from '../../services/companies.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { body, errors, idParam, json } from '../openapi.js';

const tag = ['Companies'];

export function registerCompanyRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/companies', tags: tag, summary: 'List companies',
      responses: { 200: json(z.array(zCompany), 'Companies, by name') } }),
    async (c) => c.json(await companies.listCompanies(serviceContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/companies', tags: tag, summary: 'Add a company',
      request: body(zCompanyCreate), responses: { 201: json(zCompany, 'Created'), 400: errors[400], 409: errors[409] } }),
    async (c) => c.json(await companies.createCompany(serviceContext(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/companies/{id}', tags: tag, summary: 'One company',
      request: { params: idParam }, responses: { 200: json(zCompany, 'The company'), 404: errors[404] } }),
    async (c) => c.json(await companies.getCompany(serviceContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/companies/{id}', tags: tag, summary: 'Edit a company',
      request: { params: idParam, ...body(zCompanyUpdate) },
      responses: { 200: json(zCompany, 'Updated'), 400: errors[400], 404: errors[404], 409: errors[409] } }),
    async (c) => c.json(await companies.updateCompany(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/companies/{id}', tags: tag, summary: 'Delete a company without applications',
      request: { params: idParam }, responses: { 204: { description: 'Deleted' }, 404: errors[404], 409: errors[409] } }),
    async (c) => {
      await companies.deleteCompany(serviceContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}
