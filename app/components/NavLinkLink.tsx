import { NavLink, type NavLinkProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

/** Mantine's NavLink as a router link; only the signed-in shell uses it. Highlight comes from `active`. */
type NavLinkBase = NavLinkProps & Omit<ComponentPropsWithRef<'a'>, keyof NavLinkProps>;
const NavLinkA = (props: NavLinkBase) => <NavLink component="a" {...props} />;
const CreatedNavLink = createLink(NavLinkA);
export const NavLinkLink: LinkComponent<typeof NavLinkA> = (props) => (
  <CreatedNavLink activeOptions={{ exact: true }} activeProps={{}} {...props} />
);
