import { describe, expect, it } from 'vitest';
import { freshAdminAppPerTest } from '../../../test/harness.js';
import { pdfText } from '../sales-documents/pdf/testing.js';
import { line, salesApi } from './test-support.js';

describe('quotation and order confirmation PDFs', () => {
  const env = freshAdminAppPerTest();

  it('downloads the quotation and its order confirmation, named by their numbers', async () => {
    const api = salesApi(env);
    const organization = await api.organization('Praxis Dr. Schneider');
    const quotation = await api.quotation({
      organizationId: organization.id,
      lines: [line({ description: 'Behandlungsstuhl Modell Komfort', unitPriceCents: 349_000 })],
    });
    expect((await api.act(quotation.id, 'submit')).statusCode).toBe(200);

    const pdf = await api.inject('GET', `/api/quotations/${quotation.id}/pdf`);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`filename="${quotation.number}.pdf"`);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain(quotation.number);
    expect(text).toContain('Behandlungsstuhl Modell Komfort');
    expect(text).toContain('Praxis Dr. Schneider');
    expect(text).toContain('4.153,10');

    const { order } = (await api.act(quotation.id, 'order')).json();
    const confirmation = await api.inject('GET', `/api/orders/${order.id}/pdf`);
    expect(confirmation.statusCode).toBe(200);
    expect(confirmation.headers['content-disposition']).toContain(`filename="${order.number}.pdf"`);
    const confirmationText = await pdfText(confirmation.rawPayload);
    expect(confirmationText).toContain(order.number);
    expect(confirmationText).toContain('Auftragsbestätigung');

    expect((await api.inject('GET', '/api/quotations/unbekannt/pdf')).statusCode).toBe(404);
  });
});
