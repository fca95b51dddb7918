"""vtkCommand: VTK 9.7.1's event ids and names (the core's table, src/vb_event.c)."""
from . import _vtkbuf as _c


class vtkCommand:
    """Event ids (vtkCommand::EventIds: NoEvent 0, AnyEvent 1, DeleteEvent 2, ...,
    ModifiedEvent 33, ..., BufferChangedEvent 137, UserEvent 1000)."""

    @staticmethod
    def GetStringFromEventId(event):
        """Name of an event id ('NoEvent' for ids without a name, as VTK)."""
        return _c._event_name(event)

    @staticmethod
    def GetEventIdFromString(name):
        """Id of an event name (NoEvent, 0, for unknown names, as VTK)."""
        return _c._event_id(name)


def _install():
    for i in range(0, 138):
        setattr(vtkCommand, _c._event_name(i), i)
    vtkCommand.UserEvent = _c._event_id("UserEvent")


_install()
