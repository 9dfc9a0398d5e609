import { List, Stack, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode, useMemo } from 'react';
import { type Inline, parseMarkdown } from './markdown';

function renderInline(nodes: Inline[]): ReactNode {
  return nodes.map((node, i) => {
    // biome-ignore lint/suspicious/noArrayIndexKey: static content, never reordered
    if (node.type === 'text') return <Fragment key={i}>{node.text}</Fragment>;
    // biome-ignore lint/suspicious/noArrayIndexKey: static content, never reordered
    if (node.type === 'strong') return <strong key={i}>{renderInline(node.children)}</strong>;
    // biome-ignore lint/suspicious/noArrayIndexKey: static content, never reordered
    return <em key={i}>{renderInline(node.children)}</em>;
  });
}

/** Training content's Markdown as React elements: text stays text, never HTML. */
export function Markdown({ source }: { source: string }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <Stack gap="sm" className="markdown">
      {blocks.map((block, i) => {
        const key = `${block.type}-${i}`;
        if (block.type === 'heading') {
          return (
            <Title key={key} order={block.level} fz={block.level === 2 ? 'h3' : 'h4'} mt="xs">
              {renderInline(block.children)}
            </Title>
          );
        }
        if (block.type === 'list') {
          return (
            <List
              key={key}
              type={block.ordered ? 'ordered' : 'unordered'}
              start={block.ordered ? block.start : undefined}
              spacing={6}
              withPadding
            >
              {block.items.map((item, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: static content
                <List.Item key={j}>{renderInline(item)}</List.Item>
              ))}
            </List>
          );
        }
        return (
          <Text key={key} lh={1.65}>
            {renderInline(block.children)}
          </Text>
        );
      })}
    </Stack>
  );
}
