/* vb_event.c - vtkCommand's event names and ids (VTK 9.7.1's
 * vtkCommand::EventIds, read from VTK with tools/gen_event_names.py). */
#include <string.h>

#include "vb_object.h"

/* names[i] is the event with id i, for ids 0 .. VB_LAST_EVENT */
static const char *const names[] = {
    "NoEvent", "AnyEvent", "DeleteEvent", "StartEvent", "EndEvent", "RenderEvent",
    "ProgressEvent", "PickEvent", "StartPickEvent", "EndPickEvent", "AbortCheckEvent",
    "ExitEvent", "LeftButtonPressEvent", "LeftButtonReleaseEvent", "MiddleButtonPressEvent",
    "MiddleButtonReleaseEvent", "RightButtonPressEvent", "RightButtonReleaseEvent", "EnterEvent",
    "LeaveEvent", "KeyPressEvent", "KeyReleaseEvent", "CharEvent", "ExposeEvent",
    "ConfigureEvent", "TimerEvent", "MouseMoveEvent", "MouseWheelForwardEvent",
    "MouseWheelBackwardEvent", "ActiveCameraEvent", "CreateCameraEvent", "ResetCameraEvent",
    "ResetCameraClippingRangeEvent", "ModifiedEvent", "WindowLevelEvent", "StartWindowLevelEvent",
    "EndWindowLevelEvent", "ResetWindowLevelEvent", "SetOutputEvent", "ErrorEvent",
    "WarningEvent", "StartInteractionEvent", "DropFilesEvent", "UpdateDropLocationEvent",
    "InteractionEvent", "EndInteractionEvent", "EnableEvent", "DisableEvent", "CreateTimerEvent",
    "DestroyTimerEvent", "PlacePointEvent", "DeletePointEvent", "PlaceWidgetEvent",
    "CursorChangedEvent", "ExecuteInformationEvent", "RenderWindowMessageEvent", "WrongTagEvent",
    "StartAnimationCueEvent", "ResliceAxesChangedEvent", "AnimationCueTickEvent",
    "EndAnimationCueEvent", "VolumeMapperRenderEndEvent", "VolumeMapperRenderProgressEvent",
    "VolumeMapperRenderStartEvent", "VolumeMapperComputeGradientsEndEvent",
    "VolumeMapperComputeGradientsProgressEvent", "VolumeMapperComputeGradientsStartEvent",
    "WidgetModifiedEvent", "WidgetValueChangedEvent", "WidgetActivateEvent",
    "ConnectionCreatedEvent", "ConnectionClosedEvent", "DomainModifiedEvent",
    "PropertyModifiedEvent", "UpdateEvent", "RegisterEvent", "UnRegisterEvent",
    "UpdateInformationEvent", "AnnotationChangedEvent", "SelectionChangedEvent",
    "UpdatePropertyEvent", "ViewProgressEvent", "UpdateDataEvent", "CurrentChangedEvent",
    "ComputeVisiblePropBoundsEvent", "TDxMotionEvent", "TDxButtonPressEvent",
    "TDxButtonReleaseEvent", "HoverEvent", "LoadStateEvent", "SaveStateEvent",
    "StateChangedEvent", "WindowMakeCurrentEvent", "WindowIsCurrentEvent", "WindowFrameEvent",
    "HighlightEvent", "WindowSupportsOpenGLEvent", "WindowIsDirectEvent",
    "WindowStereoTypeChangedEvent", "WindowResizeEvent", "UncheckedPropertyModifiedEvent",
    "UpdateShaderEvent", "MessageEvent", "StartSwipeEvent", "SwipeEvent", "EndSwipeEvent",
    "StartPinchEvent", "PinchEvent", "EndPinchEvent", "StartRotateEvent", "RotateEvent",
    "EndRotateEvent", "StartPanEvent", "PanEvent", "EndPanEvent", "TapEvent", "LongTapEvent",
    "FourthButtonPressEvent", "FourthButtonReleaseEvent", "FifthButtonPressEvent",
    "FifthButtonReleaseEvent", "Move3DEvent", "Button3DEvent", "TextEvent",
    "LeftButtonDoubleClickEvent", "MiddleButtonDoubleClickEvent", "RightButtonDoubleClickEvent",
    "MouseWheelLeftEvent", "MouseWheelRightEvent", "ViewerMovement3DEvent", "Menu3DEvent",
    "NextPose3DEvent", "Clip3DEvent", "PositionProp3DEvent", "Pick3DEvent", "Select3DEvent",
    "Elevation3DEvent", "BufferChangedEvent",
};

const char *vb_event_name(unsigned long event) {
  if (event < sizeof names / sizeof names[0]) return names[event];
  return event == VB_USER_EVENT ? "UserEvent" : "NoEvent";
}

unsigned long vb_event_id(const char *name) {
  size_t i;
  if (!name) return VB_NO_EVENT;
  for (i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(names[i], name) == 0) return (unsigned long)i;
  return strcmp(name, "UserEvent") == 0 ? VB_USER_EVENT : VB_NO_EVENT;
}
