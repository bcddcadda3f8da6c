// Stable error codes answered by every action; people read the Chinese message, code decides behaviour.
export const ERROR_MESSAGES = {
  VALIDATION_FAILED: '提交的内容不完整或格式不对',
  UNKNOWN_ACTION: '不支持的操作',
  UNAUTHENTICATED: '无法识别当前微信身份',
  NOT_BOUND: '尚未绑定身份，请输入办公室发放的邀请码',
  ALREADY_BOUND: '该微信已绑定成员，无需重复绑定',
  FORBIDDEN: '没有权限进行此操作',
  INVITE_INVALID: '邀请码无效',
  INVITE_EXPIRED: '邀请码已过期，请联系办公室重新发放',
  INVITE_USED: '邀请码已被使用',
  RATE_LIMITED: '尝试次数过多，请一小时后再试',
  MEMBER_NOT_FOUND: '找不到该成员',
  MEMBER_INACTIVE: '该成员已停用',
  DEPARTMENT_NOT_FOUND: '找不到该部门',
  DUPLICATE_NAME: '名称已存在',
  LAST_SECRETARY: '这是单位唯一在任的组长，请先指定新的组长',
  REBIND_NOT_CONFIRMED: '该成员已绑定微信，更换绑定须经组长确认后邀请码才能使用',
  NO_REBIND_PENDING: '该成员没有待确认的换绑邀请码',
  SAME_PERSON: '同一事项的申请、审核和审定须由不同的人办理',
  SETUP_DISABLED: '未配置初始化密钥，无法初始化',
  SETUP_SECRET_WRONG: '初始化密钥不正确',
  SETUP_DONE: '系统已初始化，不能重复初始化',
  PLAN_ALREADY_IMPORTED: '该方案已经导入过，不会重复导入',
  PLAN_NOT_FOUND: '找不到该整改方案',
  PLAN_ARCHIVED: '该方案已归档，不能设为当前方案，请先恢复',
  PLAN_FILE_UNREADABLE: '无法读取该文件：请用 Word 或 WPS 打开后重新另存为 .docx，或直接粘贴方案正文',
  FILE_NOT_FOUND: '文件不存在或已过期，请重新选择',
  UNRESOLVED_NAMES: '还有责任部门、责任领导或措施责任人未确认对应关系',
  TASK_NOT_FOUND: '找不到该整改事项',
  INVALID_STATE: '事项当前状态不能进行此操作，请刷新后查看',
  FILE_NOT_ALLOWED: '附件不属于本事项或格式不支持（支持图片、PDF、Word、Excel）',
  PROGRESS_NOT_FOUND: '找不到该条进展',
  EDIT_WINDOW_PASSED: '进展发布超过10分钟，不能再修改',
  MEASURE_NOT_FOUND: '找不到该整改措施',
  NOT_A_LEADER: '责任领导须为领导小组成员（党组成员或组长）',
  EXTENSION_PENDING: '已有延期申请在等待审批',
  NO_EXTENSION_PENDING: '没有待审批的延期申请',
  DATE_NOT_LATER: '新的完成时限应晚于原时限和今天',
  INTERVIEW_NOT_FOUND: '找不到该约谈记录',
  REVISION_NOT_FOUND: '找不到该版本的约谈记录',
  INTERVIEW_INVALID_STATE: '约谈记录当前状态不能进行此操作，请刷新后查看',
  INCOMPLETE: '还有必填内容未填写',
  HELD_IN_FUTURE: '谈话时间不能晚于现在：请在谈话结束后记录',
  HELD_BEFORE_PLANNED: '谈话时间早于约谈安排的日期，请填写提前谈话的原因',
  SEALED: '记录已签字封存，不能修改；如需更正，请创建更正版本并重新签字',
  PARTY_INVALID: '约谈人员安排不符合要求',
  SLOT_NOT_YOURS: '只能在本人的签字栏签字',
  ALREADY_SIGNED: '该签字栏已经签过字',
  SIGNATURE_FILE_INVALID: '签名文件不属于本记录的签字栏，请重新签字',
  SIGNATURE_NOT_PNG: '签名不是有效的PNG图片，请重新签字',
  SIGNATURE_BLANK: '签名为空或笔迹过少，请重新签字',
  SIGNATURE_TOO_LARGE: '签名图片过大（不超过512KB），请重新签字',
  CONTENT_CHANGED: '记录内容已更新，签字未提交；请阅读更新后的内容再签字',
  SEAL_KEY_MISSING: '封存密钥未配置（云函数环境变量 SEAL_KEY），暂不能封存或校验，请联系管理员',
  FEEDBACK_GIVEN: '整改反馈已经提交过',
  OUTCOME_NOT_FOUND: '找不到该整改成效记录',
  OUTCOME_DECIDED: '该成效已确认或退回，不能再处理；如需更正，请重新填报',
  CONFLICT: '数据已被他人修改，请刷新后重试',
  INTERNAL: '服务暂时不可用，请稍后重试',
  NETWORK: '网络不给力，请检查网络后重试',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** A failure an action answers on purpose; anything else thrown becomes INTERNAL at the edge. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? ERROR_MESSAGES[code]);
    this.code = code;
    this.details = details;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value);
}

export function messageFor(code: string): string {
  return isErrorCode(code) ? ERROR_MESSAGES[code] : ERROR_MESSAGES.INTERNAL;
}
