import type { MenuItemConstructorOptions, NativeImage } from 'electron';
import type { TrayPort } from '../../desktop/desktop-controller';
import type { TrayCommand, TrayIcon, TrayMenuItem, TrayView } from '../../desktop/tray-view';

/** The Tray methods used; a real Electron Tray or a recording fake. */
export interface TrayLike {
  setImage(image: NativeImage): void;
  setToolTip(toolTip: string): void;
  setContextMenu(menu: unknown): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

export interface TrayAdapterOptions {
  createTray(image: NativeImage): TrayLike;
  buildMenu(template: MenuItemConstructorOptions[]): unknown;
  image(icon: TrayIcon): NativeImage;
  onCommand(command: TrayCommand): void;
  /** A left click on the icon (Windows, most Linux panels). */
  onClick(): void;
}

/** Draws the plain TrayView with an Electron Tray; the tray is created on the first update. */
export function createTrayPort(options: TrayAdapterOptions): TrayPort & { destroy(): void } {
  let tray: TrayLike | undefined;
  let lastIcon: TrayIcon | undefined;
  return {
    update(view: TrayView) {
      if (!tray) {
        tray = options.createTray(options.image(view.icon));
        tray.on('click', () => options.onClick());
      } else if (view.icon !== lastIcon) {
        tray.setImage(options.image(view.icon));
      }
      lastIcon = view.icon;
      tray.setToolTip(view.tooltip);
      tray.setContextMenu(
        options.buildMenu(view.menu.map((item) => menuItem(item, (command) => options.onCommand(command)))),
      );
    },
    destroy() {
      tray?.destroy();
      tray = undefined;
    },
  };
}

export function menuItem(
  item: TrayMenuItem,
  onCommand: (command: TrayCommand) => void,
): MenuItemConstructorOptions {
  switch (item.type) {
    case 'separator':
      return { type: 'separator' };
    case 'submenu':
      return { label: item.label, submenu: item.items.map((i) => menuItem(i, onCommand)) };
    case 'normal':
      return { id: item.id, label: item.label, click: () => onCommand(item.id) };
    case 'checkbox':
    case 'radio':
      return {
        id: item.id,
        type: item.type,
        label: item.label,
        checked: item.checked,
        click: () => onCommand(item.id),
      };
  }
}
