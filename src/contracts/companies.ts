import { z } from 'zod';
import { optionalText, optionalWebUrl, requiredText, zId, zIsoDate } from './common.js';
import { zCompanySize } from './applications.js';

export const zCompanyCreate = z
  .object({
    name: requiredText('Company name', 200),
    website: optionalWebUrl(),
    size: zCompanySize.nullable().optional(),
    notes: optionalText(50_000),
    revisitOn: zIsoDate.nullable().optional(),
  })
  .meta({ id: 'CompanyCreate' });
export type CompanyCreate = z.infer<typeof zCompanyCreate>;

export const zCompanyUpdate = zCompanyCreate.partial().meta({ id: 'CompanyUpdate' });
export type CompanyUpdate = z.infer<typeof zCompanyUpdate>;

export const zCompany = z
  .object({
    id: zId,
    name: z.string(),
    website: z.string().nullable(),
    size: zCompanySize.nullable(),
    notes: z.string().nullable(),
    revisitOn: z.string().nullable(),
    applicationCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Company' });
export type Company = z.infer<typeof zCompany>;
