import { Anchor, Button, type AnchorProps, type ButtonProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

/**
 * Mantine's Anchor and Button as router links (typed `to`, `params`, `search`). A link is
 * "current" (aria-current) only on its exact page, and gets no extra class when it is.
 */
type AnchorBase = Omit<AnchorProps, 'href'> & Omit<ComponentPropsWithRef<'a'>, keyof AnchorProps>;
const AnchorA = (props: AnchorBase) => <Anchor component="a" {...props} />;
const CreatedAnchorLink = createLink(AnchorA);
export const AnchorLink: LinkComponent<typeof AnchorA> = (props) => (
  <CreatedAnchorLink activeOptions={{ exact: true }} activeProps={{}} {...props} />
);

type ButtonBase = ButtonProps & Omit<ComponentPropsWithRef<'a'>, keyof ButtonProps>;
const ButtonA = (props: ButtonBase) => <Button component="a" {...props} />;
const CreatedButtonLink = createLink(ButtonA);
export const ButtonLink: LinkComponent<typeof ButtonA> = (props) => (
  <CreatedButtonLink activeOptions={{ exact: true }} activeProps={{}} {...props} />
);
