/* vb_event.c - vtkCommand's event names and ids (VTK 9.7.1's
 * vtkCommand::EventIds, read from VTK with tools/gen_event_names.py). */
#include <string.h>

#include "vb_object.h"

/* the names of ids 0 .. 137, each NUL-terminated, in id order (one string:
 * no pointer table to relocate in the position-independent builds) */
static const char names[] =
    "NoEvent\0" "AnyEvent\0" "DeleteEvent\0" "StartEvent\0" "EndEvent\0" "RenderEvent\0"
    "ProgressEvent\0" "PickEvent\0" "StartPickEvent\0" "EndPickEvent\0" "AbortCheckEvent\0"
    "ExitEvent\0" "LeftButtonPressEvent\0" "LeftButtonReleaseEvent\0" "MiddleButtonPressEvent\0"
    "MiddleButtonReleaseEvent\0" "RightButtonPressEvent\0" "RightButtonReleaseEvent\0"
    "EnterEvent\0" "LeaveEvent\0" "KeyPressEvent\0" "KeyReleaseEvent\0" "CharEvent\0"
    "ExposeEvent\0" "ConfigureEvent\0" "TimerEvent\0" "MouseMoveEvent\0"
    "MouseWheelForwardEvent\0" "MouseWheelBackwardEvent\0" "ActiveCameraEvent\0"
    "CreateCameraEvent\0" "ResetCameraEvent\0" "ResetCameraClippingRangeEvent\0"
    "ModifiedEvent\0" "WindowLevelEvent\0" "StartWindowLevelEvent\0" "EndWindowLevelEvent\0"
    "ResetWindowLevelEvent\0" "SetOutputEvent\0" "ErrorEvent\0" "WarningEvent\0"
    "StartInteractionEvent\0" "DropFilesEvent\0" "UpdateDropLocationEvent\0" "InteractionEvent\0"
    "EndInteractionEvent\0" "EnableEvent\0" "DisableEvent\0" "CreateTimerEvent\0"
    "DestroyTimerEvent\0" "PlacePointEvent\0" "DeletePointEvent\0" "PlaceWidgetEvent\0"
    "CursorChangedEvent\0" "ExecuteInformationEvent\0" "RenderWindowMessageEvent\0"
    "WrongTagEvent\0" "StartAnimationCueEvent\0" "ResliceAxesChangedEvent\0"
    "AnimationCueTickEvent\0" "EndAnimationCueEvent\0" "VolumeMapperRenderEndEvent\0"
    "VolumeMapperRenderProgressEvent\0" "VolumeMapperRenderStartEvent\0"
    "VolumeMapperComputeGradientsEndEvent\0" "VolumeMapperComputeGradientsProgressEvent\0"
    "VolumeMapperComputeGradientsStartEvent\0" "WidgetModifiedEvent\0"
    "WidgetValueChangedEvent\0" "WidgetActivateEvent\0" "ConnectionCreatedEvent\0"
    "ConnectionClosedEvent\0" "DomainModifiedEvent\0" "PropertyModifiedEvent\0" "UpdateEvent\0"
    "RegisterEvent\0" "UnRegisterEvent\0" "UpdateInformationEvent\0" "AnnotationChangedEvent\0"
    "SelectionChangedEvent\0" "UpdatePropertyEvent\0" "ViewProgressEvent\0" "UpdateDataEvent\0"
    "CurrentChangedEvent\0" "ComputeVisiblePropBoundsEvent\0" "TDxMotionEvent\0"
    "TDxButtonPressEvent\0" "TDxButtonReleaseEvent\0" "HoverEvent\0" "LoadStateEvent\0"
    "SaveStateEvent\0" "StateChangedEvent\0" "WindowMakeCurrentEvent\0" "WindowIsCurrentEvent\0"
    "WindowFrameEvent\0" "HighlightEvent\0" "WindowSupportsOpenGLEvent\0" "WindowIsDirectEvent\0"
    "WindowStereoTypeChangedEvent\0" "WindowResizeEvent\0" "UncheckedPropertyModifiedEvent\0"
    "UpdateShaderEvent\0" "MessageEvent\0" "StartSwipeEvent\0" "SwipeEvent\0" "EndSwipeEvent\0"
    "StartPinchEvent\0" "PinchEvent\0" "EndPinchEvent\0" "StartRotateEvent\0" "RotateEvent\0"
    "EndRotateEvent\0" "StartPanEvent\0" "PanEvent\0" "EndPanEvent\0" "TapEvent\0"
    "LongTapEvent\0" "FourthButtonPressEvent\0" "FourthButtonReleaseEvent\0"
    "FifthButtonPressEvent\0" "FifthButtonReleaseEvent\0" "Move3DEvent\0" "Button3DEvent\0"
    "TextEvent\0" "LeftButtonDoubleClickEvent\0" "MiddleButtonDoubleClickEvent\0"
    "RightButtonDoubleClickEvent\0" "MouseWheelLeftEvent\0" "MouseWheelRightEvent\0"
    "ViewerMovement3DEvent\0" "Menu3DEvent\0" "NextPose3DEvent\0" "Clip3DEvent\0"
    "PositionProp3DEvent\0" "Pick3DEvent\0" "Select3DEvent\0" "Elevation3DEvent\0"
    "BufferChangedEvent\0";
#define NNAMES 138

const char *vb_event_name(unsigned long event) {
  const char *p = names;
  unsigned long i;
  if (event >= NNAMES) return event == VB_USER_EVENT ? "UserEvent" : "NoEvent";
  for (i = 0; i < event; i++) p += strlen(p) + 1;
  return p;
}

unsigned long vb_event_id(const char *name) {
  const char *p = names;
  unsigned long i;
  if (!name) return VB_NO_EVENT;
  for (i = 0; i < NNAMES; i++, p += strlen(p) + 1)
    if (strcmp(p, name) == 0) return i;
  return strcmp(name, "UserEvent") == 0 ? VB_USER_EVENT : VB_NO_EVENT;
}
