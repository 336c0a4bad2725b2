# Package settings, included from the top-level CMakeLists.txt after the install rules
# (packaging/CMakeLists.txt). Build the packages with
#   cmake --build build --target package        (or: cd build && cpack [-G DEB])
# Linux: a DEB (for the distribution it was built on, using its Qt) and a TGZ of the
# same files. Windows: an NSIS installer and a ZIP, both with Qt deployed. macOS: a DMG
# holding linkup-inbox.app with Qt deployed.

set(CPACK_PACKAGE_NAME "linkup-inbox")
set(CPACK_PACKAGE_VENDOR "The Linkup Inbox developers")
# No contact address has been chosen yet: the issue tracker stands in for one.
set(LINKUP_PACKAGE_CONTACT "The Linkup Inbox developers <${PROJECT_HOMEPAGE_URL}/issues>"
    CACHE STRING "Maintainer/contact written into the packages")
set(CPACK_PACKAGE_CONTACT "${LINKUP_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Read your LinkedIn inbox on the desktop")
set(CPACK_PACKAGE_DESCRIPTION
    "Linkup Inbox is a native Qt desktop viewer for your LinkedIn conversations, served\n"
    "through LinkupAPI. It pages through the inbox, InMail, job and unread\n"
    "conversations a page at a time, shows who is waiting for an answer and opens a\n"
    "contact's profile in the browser. A built-in demo inbox (linkup-inbox --demo)\n"
    "lets you try it without an account.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Linkup Inbox")
# Start menu shortcut (NSIS): linkup-inbox.exe, shown as "Linkup Inbox".
set(CPACK_PACKAGE_EXECUTABLES "linkup-inbox" "Linkup Inbox")
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    file(TO_NATIVE_PATH "${CMAKE_CURRENT_LIST_DIR}/windows/${LINKUP_APP_ID}.ico" linkup_ico)
    set(CPACK_NSIS_MUI_ICON "${linkup_ico}")
    set(CPACK_NSIS_MUI_UNIICON "${linkup_ico}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\linkup-inbox.exe")
    set(CPACK_NSIS_DISPLAY_NAME "Linkup Inbox")
    set(CPACK_NSIS_PACKAGE_NAME "Linkup Inbox")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}/issues")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Linkup Inbox")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    # The build tree's binary carries debug info (RelWithDebInfo); packages do not.
    set(CPACK_STRIP_FILES ON)

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # linkup-inbox_<version>_<arch>.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${LINKUP_PACKAGE_CONTACT}")
    # Libraries through dpkg-shlibdeps (Qt, QtKeychain, libc...); the platform plugins
    # (xcb) are loaded at run time, so shlibdeps cannot see them: named here.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
    # qt6-translations-l10n: Qt's own strings (standard buttons, dialogs) in the user's language.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
    # A Secret Service provider keeps the API key and login token between runs.
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")
endif()

include(CPack)
