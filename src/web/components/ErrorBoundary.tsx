import { Alert, Button, Container, Stack, Text } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n';

interface State {
  failed: boolean;
}

/**
 * Catches a page that fails to render or whose code fails to load (say, after a deploy
 * replaced the hashed files), instead of leaving a blank screen.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Container size="sm" py="xl">
        <Alert color="red" variant="light" title={i18n.t('errors.pageFailed')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{i18n.t('errors.pageFailedHelp')}</Text>
            <Button size="xs" onClick={() => window.location.reload()}>
              {i18n.t('common.reload')}
            </Button>
          </Stack>
        </Alert>
      </Container>
    );
  }
}
