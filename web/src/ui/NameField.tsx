import { TextInput, type TextInputProps } from '@mantine/core';

/** A record's name: required, at most 200 characters, and where the cursor starts in its form. */
export function NameField(props: TextInputProps) {
  return <TextInput required data-autofocus autoFocus maxLength={200} {...props} />;
}
