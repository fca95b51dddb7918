"""vtkCommand: event ids and names, as in VTK (vtkCommand::EventIds)."""


class vtkCommand:
    """Event ids of the events vtkbuf objects fire (numerically VTK's)."""

    AnyEvent = 0
    DeleteEvent = 1
    ModifiedEvent = 33
    BufferChangedEvent = 137  # appended after Elevation3DEvent (136) in VTK 9.7
    NoEvent = -1

    _NAMES = {0: "AnyEvent", 1: "DeleteEvent", 33: "ModifiedEvent", 137: "BufferChangedEvent"}

    @staticmethod
    def GetStringFromEventId(event):
        """Name of an event id ('NoEvent' for unknown ids, as VTK)."""
        return vtkCommand._NAMES.get(event, "NoEvent")

    @staticmethod
    def GetEventIdFromString(name):
        """Id of an event name (NoEvent, -1... VTK returns NoEvent for unknown names)."""
        for k, v in vtkCommand._NAMES.items():
            if v == name:
                return k
        return vtkCommand.NoEvent
