import { Select, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useUsersList } from './lookups';
import { useCurrentSession, usePermission } from './session';

/** The account manager: chosen from the users where the role may read them, else the creator. */
export function OwnerSelect({
  label,
  ownerId,
  inputProps,
  record,
  ownerIsYou,
}: {
  label: string;
  ownerId: string | null;
  inputProps: GetInputPropsReturnType;
  /** The record being edited; none when creating. */
  record?: { ownerName: string | null };
  /** The hint while creating without seeing the users: the creator becomes the owner. */
  ownerIsYou: string;
}) {
  const me = useCurrentSession().user;
  const canReadUsers = usePermission('users.read');
  const users = useUsersList(canReadUsers);
  if (!canReadUsers) {
    const name = record ? (record.ownerName ?? '–') : me.name;
    return <TextInput label={label} value={name} readOnly description={record ? undefined : ownerIsYou} />;
  }
  const data = (users.data ?? [])
    .filter((user) => user.active || user.id === ownerId)
    .map((user) => ({ value: user.id, label: user.name }));
  if (ownerId && !data.some((option) => option.value === ownerId)) {
    data.push({ value: ownerId, label: record?.ownerName ?? me.name });
  }
  return <Select label={label} data={data} searchable clearable {...inputProps} />;
}
