// Bodies for creating records: unique names every time, an employer for the contact.
export function recordBodies(employerId: string) {
  const run = Date.now().toString(36);
  let serial = 0;
  const contactBody = () => {
    serial++;
    return {
      salutation: 'herr',
      firstName: 'Jürgen',
      lastName: `Prüfling ${run}-${serial}`,
      emails: [{ type: 'work', address: `juergen.pruefling.${run}.${serial}@beispiel.de` }],
      phones: [{ type: 'work', number: `089 ${1_000_000 + serial}` }],
      employments: [{ organizationId: employerId, position: 'Einkäufer' }],
    };
  };
  const organizationBody = () => {
    serial++;
    return {
      name: `Prüfwerk ${run}-${serial} GmbH`,
      relationships: ['customer'],
      addresses: [{ street: 'Hauptstraße', houseNumber: '1', postalCode: '80331', city: 'München' }],
    };
  };
  return { contactBody, organizationBody };
}
