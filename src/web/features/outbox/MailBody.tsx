import { Anchor, Text } from '@mantine/core';
import { Fragment } from 'react';

const link = /(https?:\/\/[^\s]+)/g;

/** The body cut into text and links, each keyed by where it starts in the body. */
function segments(body: string) {
  let offset = 0;
  // split() with a capturing group puts the links at the odd positions.
  return body.split(link).map((text, position) => {
    const segment = { text, isLink: position % 2 === 1, offset };
    offset += text.length;
    return segment;
  });
}

/** A plain-text mail as its recipient reads it, with its links clickable. */
export function MailBody({ body }: { body: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
      {segments(body).map((segment) =>
        segment.isLink ? (
          <Anchor key={segment.offset} href={segment.text} target="_blank" rel="noreferrer">
            {segment.text}
          </Anchor>
        ) : (
          <Fragment key={segment.offset}>{segment.text}</Fragment>
        ),
      )}
    </Text>
  );
}
