import { Box, Container, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the pages before sign-in: product name, language, one centred card. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <Box mih="100dvh" bg="gray.0">
      <Box component="header" px="md" py="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} fz="lg" c="mentorTeal.8">
            Mentorpath
          </Text>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" size={440} px="md" pt={{ base: 'md', sm: 48 }} pb="xl">
        <Paper withBorder shadow="xs" p={{ base: 'lg', sm: 'xl' }}>
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
