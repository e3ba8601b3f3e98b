/*
 * What PrimeFaces' select menus lack for assistive technology, added in one place for every page (the layout loads
 * this file; a file, so that the Content-Security-Policy lets it run):
 * - the menu (role combobox) is named by its visible label: PrimeFaces names it by the option shown ("Choose..."),
 *   so "Organ" was never read (WCAG 2.5.3, label in name);
 * - the list of options (role listbox), which PrimeFaces draws when the menu first opens, is named like its menu
 *   (axe-core: aria-input-field-name).
 * - a table's paginator (role navigation, which PrimeFaces leaves unnamed) is named by the heading of its section: a
 *   page with two paged lists (the clinic calendar's rooms and clinicians) would otherwise have two landmarks alike
 *   (axe-core: landmark-unique).
 * PrimeFaces replaces parts of the page on every update: a MutationObserver names what appears.
 */
(function () {
    'use strict';

    function labelOf(menuId) {
        return document.querySelector('label[for="' + CSS.escape(menuId + '_label') + '"], label[for="'
            + CSS.escape(menuId + '_focus') + '"], label[for="' + CSS.escape(menuId) + '"]');
    }

    function nameMenu(combobox) {
        var label = labelOf(combobox.id.replace(/_label$/, ''));
        if (label && label.id && combobox.getAttribute('aria-labelledby') !== label.id) {
            combobox.setAttribute('aria-labelledby', label.id);
        }
    }

    function nameOptions(list) {
        if (list.hasAttribute('aria-labelledby')) {
            return;
        }
        var menuId = list.id.replace(/_items$/, '');
        var label = labelOf(menuId);
        var combobox = document.getElementById(menuId + '_label');
        if (label && label.id) {
            list.setAttribute('aria-labelledby', label.id);
        } else if (combobox && combobox.getAttribute('aria-label')) {
            list.setAttribute('aria-label', combobox.getAttribute('aria-label'));
        }
    }

    function namePaginator(paginator) {
        if (paginator.hasAttribute('aria-label') || paginator.hasAttribute('aria-labelledby')) {
            return;
        }
        var section = paginator.closest('section');
        var heading = section && section.querySelector('h1, h2, h3');
        if (!heading) {
            return;
        }
        if (!heading.id) {
            heading.id = paginator.id + '_heading';
        }
        paginator.setAttribute('aria-labelledby', heading.id);
    }

    function scan(root) {
        if (!root.querySelectorAll) {
            return;
        }
        root.querySelectorAll('.ui-selectonemenu [role="combobox"][id$="_label"]').forEach(nameMenu);
        root.querySelectorAll('[role="listbox"][id$="_items"]').forEach(nameOptions);
        root.querySelectorAll('.ui-paginator[role="navigation"]').forEach(namePaginator);
    }

    new MutationObserver(function (mutations) {
        mutations.forEach(function (mutation) {
            mutation.addedNodes.forEach(function (node) {
                if (node.nodeType === Node.ELEMENT_NODE) {
                    scan(node.parentNode || node);
                }
            });
        });
    }).observe(document.documentElement, {childList: true, subtree: true});

    scan(document);
})();
