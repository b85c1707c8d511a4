; f32out
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@f32out_attn0_smem = internal addrspace(3) global [24576 x i8] undef, align 1024

define ptx_kernel void @f32out_attn0(i16* %q, i16* %k, i16* %v, float* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @f32out_attn0_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x4000
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%4 = lshr i32 %3, 5
	%5 = and i32 %3, 31
	%6 = lshr i32 %5, 2
	%7 = and i32 %5, 3
	%8 = sub i32 %NQ, 1
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%10 = sub i32 %8, %9
	%11 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%12 = sdiv i32 %11, %group
	%13 = mul i32 %10, 64
	%14 = mul i32 %11, %M
	%15 = mul i32 %14, 64
	%16 = sext i32 %15 to i64
	%17 = getelementptr i16, i16* %q, i64 %16
	%18 = mul i32 %12, %N
	%19 = mul i32 %18, 64
	%20 = sext i32 %19 to i64
	%21 = getelementptr i16, i16* %k, i64 %20
	%22 = mul i32 %12, %N
	%23 = mul i32 %22, 64
	%24 = sext i32 %23 to i64
	%25 = getelementptr i16, i16* %v, i64 %24
	%26 = udiv i32 %11, %lh
	%27 = mul i32 %26, %NQ
	%28 = add i32 %27, %10
	%29 = mul i32 %28, 2
	%30 = mul i32 %29, %NK
	%31 = mul i32 %11, %ch
	%32 = mul i32 %31, %NQ
	%33 = add i32 %32, %10
	%34 = mul i32 %33, %NK
	%35 = add i32 %30, 0
	%36 = sext i32 %35 to i64
	%37 = getelementptr i32, i32* %list, i64 %36
	%38 = load i32, i32* %37
	%39 = icmp sgt i32 %NK, 0
	%40 = icmp sge i32 %38, 0
	%41 = and i1 %39, %40
	%42 = lshr i32 %3, 3
	%43 = and i32 %3, 7
	%44 = lshr i32 %43, 3
	%45 = mul i32 %44, u0x2000
	%46 = and i32 %43, 7
	%47 = and i32 %42, 7
	%48 = xor i32 %46, %47
	%49 = mul i32 %42, 128
	%50 = shl i32 %48, 4
	%51 = add i32 %49, %50
	%52 = add i32 %45, %51
	%53 = add i32 %2, %52
	%54 = add i32 %13, %42
	%55 = mul i32 %54, 64
	%56 = mul i32 %43, 8
	%57 = add i32 %55, %56
	%58 = sext i32 %57 to i64
	%59 = getelementptr i16, i16* %17, i64 %58
	%60 = add i32 %54, 0
	%61 = icmp slt i32 %60, %M
	%62 = getelementptr i16, i16* %59, i64 0
	%63 = select i1 %61, i16* %62, i16* %17
	%64 = add i32 %53, 0
	%65 = select i1 %61, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %64, i16* %63, i32 %65)
	%66 = add i32 %54, 16
	%67 = icmp slt i32 %66, %M
	%68 = getelementptr i16, i16* %59, i64 1024
	%69 = select i1 %67, i16* %68, i16* %17
	%70 = add i32 %53, 2048
	%71 = select i1 %67, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %70, i16* %69, i32 %71)
	%72 = add i32 %54, 32
	%73 = icmp slt i32 %72, %M
	%74 = getelementptr i16, i16* %59, i64 2048
	%75 = select i1 %73, i16* %74, i16* %17
	%76 = add i32 %53, u0x1000
	%77 = select i1 %73, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %76, i16* %75, i32 %77)
	%78 = add i32 %54, 48
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %59, i64 3072
	%81 = select i1 %79, i16* %80, i16* %17
	%82 = add i32 %53, 6144
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %41, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%84 = and i32 %5, 7
	%85 = lshr i32 %5, 3
	%86 = and i32 %85, 1
	%87 = shl i32 %86, 3
	%88 = add i32 %84, %87
	%89 = lshr i32 %5, 4
	%90 = mul i32 %4, 16
	%91 = add i32 %88, 0
	%92 = add i32 %90, %91
	%93 = mul i32 %92, 128
	%94 = add i32 %2, %93
	%95 = and i32 %5, 7
	%96 = xor i32 %89, %95
	%97 = shl i32 %96, 4
	%98 = add i32 %94, %97
	%99 = mul i32 %38, 64
	%100 = lshr i32 %3, 3
	%101 = and i32 %3, 7
	%102 = lshr i32 %101, 3
	%103 = mul i32 %102, u0x2000
	%104 = and i32 %101, 7
	%105 = and i32 %100, 7
	%106 = xor i32 %104, %105
	%107 = mul i32 %100, 128
	%108 = shl i32 %106, 4
	%109 = add i32 %107, %108
	%110 = add i32 %103, %109
	%111 = add i32 %0, %110
	%112 = add i32 %99, %100
	%113 = mul i32 %112, 64
	%114 = mul i32 %101, 8
	%115 = add i32 %113, %114
	%116 = sext i32 %115 to i64
	%117 = getelementptr i16, i16* %21, i64 %116
	%118 = add i32 %112, 0
	%119 = icmp slt i32 %118, %N
	%120 = getelementptr i16, i16* %117, i64 0
	%121 = select i1 %119, i16* %120, i16* %21
	%122 = add i32 %111, 0
	%123 = select i1 %119, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %122, i16* %121, i32 %123)
	%124 = add i32 %112, 16
	%125 = icmp slt i32 %124, %N
	%126 = getelementptr i16, i16* %117, i64 1024
	%127 = select i1 %125, i16* %126, i16* %21
	%128 = add i32 %111, 2048
	%129 = select i1 %125, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %128, i16* %127, i32 %129)
	%130 = add i32 %112, 32
	%131 = icmp slt i32 %130, %N
	%132 = getelementptr i16, i16* %117, i64 2048
	%133 = select i1 %131, i16* %132, i16* %21
	%134 = add i32 %111, u0x1000
	%135 = select i1 %131, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %134, i16* %133, i32 %135)
	%136 = add i32 %112, 48
	%137 = icmp slt i32 %136, %N
	%138 = getelementptr i16, i16* %117, i64 3072
	%139 = select i1 %137, i16* %138, i16* %21
	%140 = add i32 %111, 6144
	%141 = select i1 %137, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %140, i16* %139, i32 %141)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%142 = phi i32 [ 0, %prologue ], [ %846, %pv ]
	%143 = phi i32 [ %38, %prologue ], [ %853, %pv ]
	%144 = phi float [ 0.0, %prologue ], [ %1109, %pv ]
	%145 = phi float [ 0.0, %prologue ], [ %1110, %pv ]
	%146 = phi float [ 0.0, %prologue ], [ %1111, %pv ]
	%147 = phi float [ 0.0, %prologue ], [ %1112, %pv ]
	%148 = phi float [ 0.0, %prologue ], [ %1113, %pv ]
	%149 = phi float [ 0.0, %prologue ], [ %1114, %pv ]
	%150 = phi float [ 0.0, %prologue ], [ %1115, %pv ]
	%151 = phi float [ 0.0, %prologue ], [ %1116, %pv ]
	%152 = phi float [ 0.0, %prologue ], [ %1117, %pv ]
	%153 = phi float [ 0.0, %prologue ], [ %1118, %pv ]
	%154 = phi float [ 0.0, %prologue ], [ %1119, %pv ]
	%155 = phi float [ 0.0, %prologue ], [ %1120, %pv ]
	%156 = phi float [ 0.0, %prologue ], [ %1121, %pv ]
	%157 = phi float [ 0.0, %prologue ], [ %1122, %pv ]
	%158 = phi float [ 0.0, %prologue ], [ %1123, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %1124, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %1125, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %1126, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1127, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1128, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1129, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1130, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1131, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1132, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1133, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1134, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1135, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1136, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1137, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1138, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1139, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1140, %pv ]
	%176 = phi float [ 0xFFF0000000000000, %prologue ], [ %716, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %770, %pv ]
	%178 = phi float [ 0xFFF0000000000000, %prologue ], [ %791, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %845, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%180 = mul i32 %143, 64
	%181 = lshr i32 %3, 3
	%182 = and i32 %3, 7
	%183 = lshr i32 %182, 3
	%184 = mul i32 %183, u0x2000
	%185 = and i32 %182, 7
	%186 = and i32 %181, 7
	%187 = xor i32 %185, %186
	%188 = mul i32 %181, 128
	%189 = shl i32 %187, 4
	%190 = add i32 %188, %189
	%191 = add i32 %184, %190
	%192 = add i32 %1, %191
	%193 = add i32 %180, %181
	%194 = mul i32 %193, 64
	%195 = mul i32 %182, 8
	%196 = add i32 %194, %195
	%197 = sext i32 %196 to i64
	%198 = getelementptr i16, i16* %25, i64 %197
	%199 = add i32 %193, 0
	%200 = icmp slt i32 %199, %N
	%201 = getelementptr i16, i16* %198, i64 0
	%202 = select i1 %200, i16* %201, i16* %25
	%203 = add i32 %192, 0
	%204 = select i1 %200, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %203, i16* %202, i32 %204)
	%205 = add i32 %193, 16
	%206 = icmp slt i32 %205, %N
	%207 = getelementptr i16, i16* %198, i64 1024
	%208 = select i1 %206, i16* %207, i16* %25
	%209 = add i32 %192, 2048
	%210 = select i1 %206, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %209, i16* %208, i32 %210)
	%211 = add i32 %193, 32
	%212 = icmp slt i32 %211, %N
	%213 = getelementptr i16, i16* %198, i64 2048
	%214 = select i1 %212, i16* %213, i16* %25
	%215 = add i32 %192, u0x1000
	%216 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %215, i16* %214, i32 %216)
	%217 = add i32 %193, 48
	%218 = icmp slt i32 %217, %N
	%219 = getelementptr i16, i16* %198, i64 3072
	%220 = select i1 %218, i16* %219, i16* %25
	%221 = add i32 %192, 6144
	%222 = select i1 %218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %220, i32 %222)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%223 = add i32 %2, 0
	%224 = zext i32 %223 to i64
	%225 = lshr i64 %224, 4
	%226 = and i64 %225, u0x3FFF
	%227 = or i64 %226, u0x4000004000010000
	%228 = add i32 %0, 0
	%229 = zext i32 %228 to i64
	%230 = lshr i64 %229, 4
	%231 = and i64 %230, u0x3FFF
	%232 = or i64 %231, u0x4000004000010000
	%233 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %227, i64 %232, i32 1)
	%234 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 0
	%235 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 1
	%236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 2
	%237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 3
	%238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 4
	%239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 5
	%240 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 6
	%241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 7
	%242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 8
	%243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 9
	%244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 10
	%245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 11
	%246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 12
	%247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 13
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 14
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 15
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 16
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 17
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 18
	%253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 19
	%254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 20
	%255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 21
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 22
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 23
	%258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 24
	%259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 25
	%260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 26
	%261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 27
	%262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 28
	%263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 29
	%264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 30
	%265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 31
	%266 = add i32 %2, 32
	%267 = zext i32 %266 to i64
	%268 = lshr i64 %267, 4
	%269 = and i64 %268, u0x3FFF
	%270 = or i64 %269, u0x4000004000010000
	%271 = add i32 %0, 32
	%272 = zext i32 %271 to i64
	%273 = lshr i64 %272, 4
	%274 = and i64 %273, u0x3FFF
	%275 = or i64 %274, u0x4000004000010000
	%276 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %234, float %235, float %236, float %237, float %238, float %239, float %240, float %241, float %242, float %243, float %244, float %245, float %246, float %247, float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, float %263, float %264, float %265, i64 %270, i64 %275, i32 1)
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 0
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 1
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 2
	%280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 3
	%281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 4
	%282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 5
	%283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 6
	%284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 7
	%285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 8
	%286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 9
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 10
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 11
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 12
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 13
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 14
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 15
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 16
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 17
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 18
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 19
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 20
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 21
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 22
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 23
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 24
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 25
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 26
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 27
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 28
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 29
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 30
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 31
	%309 = add i32 %2, 64
	%310 = zext i32 %309 to i64
	%311 = lshr i64 %310, 4
	%312 = and i64 %311, u0x3FFF
	%313 = or i64 %312, u0x4000004000010000
	%314 = add i32 %0, 64
	%315 = zext i32 %314 to i64
	%316 = lshr i64 %315, 4
	%317 = and i64 %316, u0x3FFF
	%318 = or i64 %317, u0x4000004000010000
	%319 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %277, float %278, float %279, float %280, float %281, float %282, float %283, float %284, float %285, float %286, float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, i64 %313, i64 %318, i32 1)
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 0
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 1
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 2
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 3
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 4
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 5
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 6
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 7
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 8
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 9
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 10
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 11
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 12
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 13
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 14
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 15
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 16
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 17
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 18
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 19
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 20
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 21
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 22
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 23
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 24
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 25
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 26
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 27
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 28
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 29
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 30
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 31
	%352 = add i32 %2, 96
	%353 = zext i32 %352 to i64
	%354 = lshr i64 %353, 4
	%355 = and i64 %354, u0x3FFF
	%356 = or i64 %355, u0x4000004000010000
	%357 = add i32 %0, 96
	%358 = zext i32 %357 to i64
	%359 = lshr i64 %358, 4
	%360 = and i64 %359, u0x3FFF
	%361 = or i64 %360, u0x4000004000010000
	%362 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, i64 %356, i64 %361, i32 1)
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 0
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 1
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 2
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 3
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 4
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 5
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 6
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 7
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 8
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 9
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 10
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 11
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 12
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 13
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 14
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 15
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 16
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 17
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 18
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 19
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 20
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 21
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 22
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 23
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 24
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 25
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 26
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 27
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 28
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 29
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 30
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%395 = call float asm sideeffect "", "=f,0"(float %363)
	%396 = call float asm sideeffect "", "=f,0"(float %364)
	%397 = call float asm sideeffect "", "=f,0"(float %365)
	%398 = call float asm sideeffect "", "=f,0"(float %366)
	%399 = call float asm sideeffect "", "=f,0"(float %367)
	%400 = call float asm sideeffect "", "=f,0"(float %368)
	%401 = call float asm sideeffect "", "=f,0"(float %369)
	%402 = call float asm sideeffect "", "=f,0"(float %370)
	%403 = call float asm sideeffect "", "=f,0"(float %371)
	%404 = call float asm sideeffect "", "=f,0"(float %372)
	%405 = call float asm sideeffect "", "=f,0"(float %373)
	%406 = call float asm sideeffect "", "=f,0"(float %374)
	%407 = call float asm sideeffect "", "=f,0"(float %375)
	%408 = call float asm sideeffect "", "=f,0"(float %376)
	%409 = call float asm sideeffect "", "=f,0"(float %377)
	%410 = call float asm sideeffect "", "=f,0"(float %378)
	%411 = call float asm sideeffect "", "=f,0"(float %379)
	%412 = call float asm sideeffect "", "=f,0"(float %380)
	%413 = call float asm sideeffect "", "=f,0"(float %381)
	%414 = call float asm sideeffect "", "=f,0"(float %382)
	%415 = call float asm sideeffect "", "=f,0"(float %383)
	%416 = call float asm sideeffect "", "=f,0"(float %384)
	%417 = call float asm sideeffect "", "=f,0"(float %385)
	%418 = call float asm sideeffect "", "=f,0"(float %386)
	%419 = call float asm sideeffect "", "=f,0"(float %387)
	%420 = call float asm sideeffect "", "=f,0"(float %388)
	%421 = call float asm sideeffect "", "=f,0"(float %389)
	%422 = call float asm sideeffect "", "=f,0"(float %390)
	%423 = call float asm sideeffect "", "=f,0"(float %391)
	%424 = call float asm sideeffect "", "=f,0"(float %392)
	%425 = call float asm sideeffect "", "=f,0"(float %393)
	%426 = call float asm sideeffect "", "=f,0"(float %394)
	%427 = mul i32 %4, 16
	%428 = add i32 %13, %427
	%429 = add i32 %6, 0
	%430 = add i32 %428, %429
	%431 = mul i32 %4, 16
	%432 = add i32 %13, %431
	%433 = add i32 %6, 8
	%434 = add i32 %432, %433
	%435 = sitofp i32 %11 to float
	%436 = add i32 %34, %143
	%437 = sext i32 %436 to i64
	%438 = getelementptr i8, i8* %cls, i64 %437
	%439 = load i8, i8* %438
	%440 = icmp ne i8 %439, 2
	br i1 %440, label %partial, label %softmax

epilogue:
	%441 = phi float [ 0.0, %entry ], [ %770, %pv ]
	%442 = phi float [ 0.0, %entry ], [ %845, %pv ]
	%443 = phi i32 [ 0, %entry ], [ %846, %pv ]
	%444 = phi float [ 0.0, %entry ], [ %1109, %pv ]
	%445 = phi float [ 0.0, %entry ], [ %1110, %pv ]
	%446 = phi float [ 0.0, %entry ], [ %1111, %pv ]
	%447 = phi float [ 0.0, %entry ], [ %1112, %pv ]
	%448 = phi float [ 0.0, %entry ], [ %1113, %pv ]
	%449 = phi float [ 0.0, %entry ], [ %1114, %pv ]
	%450 = phi float [ 0.0, %entry ], [ %1115, %pv ]
	%451 = phi float [ 0.0, %entry ], [ %1116, %pv ]
	%452 = phi float [ 0.0, %entry ], [ %1117, %pv ]
	%453 = phi float [ 0.0, %entry ], [ %1118, %pv ]
	%454 = phi float [ 0.0, %entry ], [ %1119, %pv ]
	%455 = phi float [ 0.0, %entry ], [ %1120, %pv ]
	%456 = phi float [ 0.0, %entry ], [ %1121, %pv ]
	%457 = phi float [ 0.0, %entry ], [ %1122, %pv ]
	%458 = phi float [ 0.0, %entry ], [ %1123, %pv ]
	%459 = phi float [ 0.0, %entry ], [ %1124, %pv ]
	%460 = phi float [ 0.0, %entry ], [ %1125, %pv ]
	%461 = phi float [ 0.0, %entry ], [ %1126, %pv ]
	%462 = phi float [ 0.0, %entry ], [ %1127, %pv ]
	%463 = phi float [ 0.0, %entry ], [ %1128, %pv ]
	%464 = phi float [ 0.0, %entry ], [ %1129, %pv ]
	%465 = phi float [ 0.0, %entry ], [ %1130, %pv ]
	%466 = phi float [ 0.0, %entry ], [ %1131, %pv ]
	%467 = phi float [ 0.0, %entry ], [ %1132, %pv ]
	%468 = phi float [ 0.0, %entry ], [ %1133, %pv ]
	%469 = phi float [ 0.0, %entry ], [ %1134, %pv ]
	%470 = phi float [ 0.0, %entry ], [ %1135, %pv ]
	%471 = phi float [ 0.0, %entry ], [ %1136, %pv ]
	%472 = phi float [ 0.0, %entry ], [ %1137, %pv ]
	%473 = phi float [ 0.0, %entry ], [ %1138, %pv ]
	%474 = phi float [ 0.0, %entry ], [ %1139, %pv ]
	%475 = phi float [ 0.0, %entry ], [ %1140, %pv ]
	%476 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %441, i32 1, i32 31)
	%477 = fadd float %441, %476
	%478 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %477, i32 2, i32 31)
	%479 = fadd float %477, %478
	%480 = fcmp ogt float %479, 0.0
	%481 = fdiv float 1.0, %479
	%482 = select i1 %480, float %481, float 0.0
	%483 = mul i32 %4, 16
	%484 = add i32 %13, %483
	%485 = add i32 %6, 0
	%486 = add i32 %484, %485
	%487 = fmul float %444, %482
	%488 = fmul float %445, %482
	%489 = fmul float %448, %482
	%490 = fmul float %449, %482
	%491 = fmul float %452, %482
	%492 = fmul float %453, %482
	%493 = fmul float %456, %482
	%494 = fmul float %457, %482
	%495 = fmul float %460, %482
	%496 = fmul float %461, %482
	%497 = fmul float %464, %482
	%498 = fmul float %465, %482
	%499 = fmul float %468, %482
	%500 = fmul float %469, %482
	%501 = fmul float %472, %482
	%502 = fmul float %473, %482
	%503 = icmp slt i32 %486, %M
	br i1 %503, label %store0, label %stored0

partial:
	%504 = shl i32 %7, 1
	%505 = add i32 0, %504
	%506 = add i32 %180, %505
	%507 = icmp slt i32 %506, %N
	%508 = select i1 %507, float %395, float 0xFFF0000000000000
	%509 = shl i32 %7, 1
	%510 = add i32 1, %509
	%511 = add i32 %180, %510
	%512 = icmp slt i32 %511, %N
	%513 = select i1 %512, float %396, float 0xFFF0000000000000
	%514 = shl i32 %7, 1
	%515 = add i32 0, %514
	%516 = add i32 %180, %515
	%517 = icmp slt i32 %516, %N
	%518 = select i1 %517, float %397, float 0xFFF0000000000000
	%519 = shl i32 %7, 1
	%520 = add i32 1, %519
	%521 = add i32 %180, %520
	%522 = icmp slt i32 %521, %N
	%523 = select i1 %522, float %398, float 0xFFF0000000000000
	%524 = shl i32 %7, 1
	%525 = add i32 8, %524
	%526 = add i32 %180, %525
	%527 = icmp slt i32 %526, %N
	%528 = select i1 %527, float %399, float 0xFFF0000000000000
	%529 = shl i32 %7, 1
	%530 = add i32 9, %529
	%531 = add i32 %180, %530
	%532 = icmp slt i32 %531, %N
	%533 = select i1 %532, float %400, float 0xFFF0000000000000
	%534 = shl i32 %7, 1
	%535 = add i32 8, %534
	%536 = add i32 %180, %535
	%537 = icmp slt i32 %536, %N
	%538 = select i1 %537, float %401, float 0xFFF0000000000000
	%539 = shl i32 %7, 1
	%540 = add i32 9, %539
	%541 = add i32 %180, %540
	%542 = icmp slt i32 %541, %N
	%543 = select i1 %542, float %402, float 0xFFF0000000000000
	%544 = shl i32 %7, 1
	%545 = add i32 16, %544
	%546 = add i32 %180, %545
	%547 = icmp slt i32 %546, %N
	%548 = select i1 %547, float %403, float 0xFFF0000000000000
	%549 = shl i32 %7, 1
	%550 = add i32 17, %549
	%551 = add i32 %180, %550
	%552 = icmp slt i32 %551, %N
	%553 = select i1 %552, float %404, float 0xFFF0000000000000
	%554 = shl i32 %7, 1
	%555 = add i32 16, %554
	%556 = add i32 %180, %555
	%557 = icmp slt i32 %556, %N
	%558 = select i1 %557, float %405, float 0xFFF0000000000000
	%559 = shl i32 %7, 1
	%560 = add i32 17, %559
	%561 = add i32 %180, %560
	%562 = icmp slt i32 %561, %N
	%563 = select i1 %562, float %406, float 0xFFF0000000000000
	%564 = shl i32 %7, 1
	%565 = add i32 24, %564
	%566 = add i32 %180, %565
	%567 = icmp slt i32 %566, %N
	%568 = select i1 %567, float %407, float 0xFFF0000000000000
	%569 = shl i32 %7, 1
	%570 = add i32 25, %569
	%571 = add i32 %180, %570
	%572 = icmp slt i32 %571, %N
	%573 = select i1 %572, float %408, float 0xFFF0000000000000
	%574 = shl i32 %7, 1
	%575 = add i32 24, %574
	%576 = add i32 %180, %575
	%577 = icmp slt i32 %576, %N
	%578 = select i1 %577, float %409, float 0xFFF0000000000000
	%579 = shl i32 %7, 1
	%580 = add i32 25, %579
	%581 = add i32 %180, %580
	%582 = icmp slt i32 %581, %N
	%583 = select i1 %582, float %410, float 0xFFF0000000000000
	%584 = shl i32 %7, 1
	%585 = add i32 32, %584
	%586 = add i32 %180, %585
	%587 = icmp slt i32 %586, %N
	%588 = select i1 %587, float %411, float 0xFFF0000000000000
	%589 = shl i32 %7, 1
	%590 = add i32 33, %589
	%591 = add i32 %180, %590
	%592 = icmp slt i32 %591, %N
	%593 = select i1 %592, float %412, float 0xFFF0000000000000
	%594 = shl i32 %7, 1
	%595 = add i32 32, %594
	%596 = add i32 %180, %595
	%597 = icmp slt i32 %596, %N
	%598 = select i1 %597, float %413, float 0xFFF0000000000000
	%599 = shl i32 %7, 1
	%600 = add i32 33, %599
	%601 = add i32 %180, %600
	%602 = icmp slt i32 %601, %N
	%603 = select i1 %602, float %414, float 0xFFF0000000000000
	%604 = shl i32 %7, 1
	%605 = add i32 40, %604
	%606 = add i32 %180, %605
	%607 = icmp slt i32 %606, %N
	%608 = select i1 %607, float %415, float 0xFFF0000000000000
	%609 = shl i32 %7, 1
	%610 = add i32 41, %609
	%611 = add i32 %180, %610
	%612 = icmp slt i32 %611, %N
	%613 = select i1 %612, float %416, float 0xFFF0000000000000
	%614 = shl i32 %7, 1
	%615 = add i32 40, %614
	%616 = add i32 %180, %615
	%617 = icmp slt i32 %616, %N
	%618 = select i1 %617, float %417, float 0xFFF0000000000000
	%619 = shl i32 %7, 1
	%620 = add i32 41, %619
	%621 = add i32 %180, %620
	%622 = icmp slt i32 %621, %N
	%623 = select i1 %622, float %418, float 0xFFF0000000000000
	%624 = shl i32 %7, 1
	%625 = add i32 48, %624
	%626 = add i32 %180, %625
	%627 = icmp slt i32 %626, %N
	%628 = select i1 %627, float %419, float 0xFFF0000000000000
	%629 = shl i32 %7, 1
	%630 = add i32 49, %629
	%631 = add i32 %180, %630
	%632 = icmp slt i32 %631, %N
	%633 = select i1 %632, float %420, float 0xFFF0000000000000
	%634 = shl i32 %7, 1
	%635 = add i32 48, %634
	%636 = add i32 %180, %635
	%637 = icmp slt i32 %636, %N
	%638 = select i1 %637, float %421, float 0xFFF0000000000000
	%639 = shl i32 %7, 1
	%640 = add i32 49, %639
	%641 = add i32 %180, %640
	%642 = icmp slt i32 %641, %N
	%643 = select i1 %642, float %422, float 0xFFF0000000000000
	%644 = shl i32 %7, 1
	%645 = add i32 56, %644
	%646 = add i32 %180, %645
	%647 = icmp slt i32 %646, %N
	%648 = select i1 %647, float %423, float 0xFFF0000000000000
	%649 = shl i32 %7, 1
	%650 = add i32 57, %649
	%651 = add i32 %180, %650
	%652 = icmp slt i32 %651, %N
	%653 = select i1 %652, float %424, float 0xFFF0000000000000
	%654 = shl i32 %7, 1
	%655 = add i32 56, %654
	%656 = add i32 %180, %655
	%657 = icmp slt i32 %656, %N
	%658 = select i1 %657, float %425, float 0xFFF0000000000000
	%659 = shl i32 %7, 1
	%660 = add i32 57, %659
	%661 = add i32 %180, %660
	%662 = icmp slt i32 %661, %N
	%663 = select i1 %662, float %426, float 0xFFF0000000000000
	br label %softmax

softmax:
	%664 = phi float [ %395, %loop ], [ %508, %partial ]
	%665 = phi float [ %396, %loop ], [ %513, %partial ]
	%666 = phi float [ %397, %loop ], [ %518, %partial ]
	%667 = phi float [ %398, %loop ], [ %523, %partial ]
	%668 = phi float [ %399, %loop ], [ %528, %partial ]
	%669 = phi float [ %400, %loop ], [ %533, %partial ]
	%670 = phi float [ %401, %loop ], [ %538, %partial ]
	%671 = phi float [ %402, %loop ], [ %543, %partial ]
	%672 = phi float [ %403, %loop ], [ %548, %partial ]
	%673 = phi float [ %404, %loop ], [ %553, %partial ]
	%674 = phi float [ %405, %loop ], [ %558, %partial ]
	%675 = phi float [ %406, %loop ], [ %563, %partial ]
	%676 = phi float [ %407, %loop ], [ %568, %partial ]
	%677 = phi float [ %408, %loop ], [ %573, %partial ]
	%678 = phi float [ %409, %loop ], [ %578, %partial ]
	%679 = phi float [ %410, %loop ], [ %583, %partial ]
	%680 = phi float [ %411, %loop ], [ %588, %partial ]
	%681 = phi float [ %412, %loop ], [ %593, %partial ]
	%682 = phi float [ %413, %loop ], [ %598, %partial ]
	%683 = phi float [ %414, %loop ], [ %603, %partial ]
	%684 = phi float [ %415, %loop ], [ %608, %partial ]
	%685 = phi float [ %416, %loop ], [ %613, %partial ]
	%686 = phi float [ %417, %loop ], [ %618, %partial ]
	%687 = phi float [ %418, %loop ], [ %623, %partial ]
	%688 = phi float [ %419, %loop ], [ %628, %partial ]
	%689 = phi float [ %420, %loop ], [ %633, %partial ]
	%690 = phi float [ %421, %loop ], [ %638, %partial ]
	%691 = phi float [ %422, %loop ], [ %643, %partial ]
	%692 = phi float [ %423, %loop ], [ %648, %partial ]
	%693 = phi float [ %424, %loop ], [ %653, %partial ]
	%694 = phi float [ %425, %loop ], [ %658, %partial ]
	%695 = phi float [ %426, %loop ], [ %663, %partial ]
	%696 = call float @llvm.nvvm.fmax.f(float %664, float %665)
	%697 = call float @llvm.nvvm.fmax.f(float %668, float %669)
	%698 = call float @llvm.nvvm.fmax.f(float %672, float %673)
	%699 = call float @llvm.nvvm.fmax.f(float %676, float %677)
	%700 = call float @llvm.nvvm.fmax.f(float %680, float %681)
	%701 = call float @llvm.nvvm.fmax.f(float %684, float %685)
	%702 = call float @llvm.nvvm.fmax.f(float %688, float %689)
	%703 = call float @llvm.nvvm.fmax.f(float %692, float %693)
	%704 = call float @llvm.nvvm.fmax.f(float %696, float %697)
	%705 = call float @llvm.nvvm.fmax.f(float %698, float %699)
	%706 = call float @llvm.nvvm.fmax.f(float %700, float %701)
	%707 = call float @llvm.nvvm.fmax.f(float %702, float %703)
	%708 = call float @llvm.nvvm.fmax.f(float %704, float %705)
	%709 = call float @llvm.nvvm.fmax.f(float %706, float %707)
	%710 = call float @llvm.nvvm.fmax.f(float %708, float %709)
	%711 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %710, i32 1, i32 31)
	%712 = call float @llvm.nvvm.fmax.f(float %710, float %711)
	%713 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %712, i32 2, i32 31)
	%714 = call float @llvm.nvvm.fmax.f(float %712, float %713)
	%715 = fmul float %714, 0x3FC7154760000000
	%716 = call float @llvm.nvvm.fmax.f(float %176, float %715)
	%717 = fcmp oeq float %716, 0xFFF0000000000000
	%718 = select i1 %717, float 0.0, float %716
	%719 = fsub float %176, %718
	%720 = call float @llvm.nvvm.ex2.approx.ftz.f(float %719)
	%721 = fneg float %718
	%722 = call float @llvm.fma.f32(float %664, float 0x3FC7154760000000, float %721)
	%723 = call float @llvm.nvvm.ex2.approx.ftz.f(float %722)
	%724 = call float @llvm.fma.f32(float %665, float 0x3FC7154760000000, float %721)
	%725 = call float @llvm.nvvm.ex2.approx.ftz.f(float %724)
	%726 = call float @llvm.fma.f32(float %668, float 0x3FC7154760000000, float %721)
	%727 = call float @llvm.nvvm.ex2.approx.ftz.f(float %726)
	%728 = call float @llvm.fma.f32(float %669, float 0x3FC7154760000000, float %721)
	%729 = call float @llvm.nvvm.ex2.approx.ftz.f(float %728)
	%730 = call float @llvm.fma.f32(float %672, float 0x3FC7154760000000, float %721)
	%731 = call float @llvm.nvvm.ex2.approx.ftz.f(float %730)
	%732 = call float @llvm.fma.f32(float %673, float 0x3FC7154760000000, float %721)
	%733 = call float @llvm.nvvm.ex2.approx.ftz.f(float %732)
	%734 = call float @llvm.fma.f32(float %676, float 0x3FC7154760000000, float %721)
	%735 = call float @llvm.nvvm.ex2.approx.ftz.f(float %734)
	%736 = call float @llvm.fma.f32(float %677, float 0x3FC7154760000000, float %721)
	%737 = call float @llvm.nvvm.ex2.approx.ftz.f(float %736)
	%738 = call float @llvm.fma.f32(float %680, float 0x3FC7154760000000, float %721)
	%739 = call float @llvm.nvvm.ex2.approx.ftz.f(float %738)
	%740 = call float @llvm.fma.f32(float %681, float 0x3FC7154760000000, float %721)
	%741 = call float @llvm.nvvm.ex2.approx.ftz.f(float %740)
	%742 = call float @llvm.fma.f32(float %684, float 0x3FC7154760000000, float %721)
	%743 = call float @llvm.nvvm.ex2.approx.ftz.f(float %742)
	%744 = call float @llvm.fma.f32(float %685, float 0x3FC7154760000000, float %721)
	%745 = call float @llvm.nvvm.ex2.approx.ftz.f(float %744)
	%746 = call float @llvm.fma.f32(float %688, float 0x3FC7154760000000, float %721)
	%747 = call float @llvm.nvvm.ex2.approx.ftz.f(float %746)
	%748 = call float @llvm.fma.f32(float %689, float 0x3FC7154760000000, float %721)
	%749 = call float @llvm.nvvm.ex2.approx.ftz.f(float %748)
	%750 = call float @llvm.fma.f32(float %692, float 0x3FC7154760000000, float %721)
	%751 = call float @llvm.nvvm.ex2.approx.ftz.f(float %750)
	%752 = call float @llvm.fma.f32(float %693, float 0x3FC7154760000000, float %721)
	%753 = call float @llvm.nvvm.ex2.approx.ftz.f(float %752)
	%754 = fadd float %723, %725
	%755 = fadd float %727, %729
	%756 = fadd float %731, %733
	%757 = fadd float %735, %737
	%758 = fadd float %739, %741
	%759 = fadd float %743, %745
	%760 = fadd float %747, %749
	%761 = fadd float %751, %753
	%762 = fadd float %754, %755
	%763 = fadd float %756, %757
	%764 = fadd float %758, %759
	%765 = fadd float %760, %761
	%766 = fadd float %762, %763
	%767 = fadd float %764, %765
	%768 = fadd float %766, %767
	%769 = fmul float %177, %720
	%770 = fadd float %769, %768
	%771 = call float @llvm.nvvm.fmax.f(float %666, float %667)
	%772 = call float @llvm.nvvm.fmax.f(float %670, float %671)
	%773 = call float @llvm.nvvm.fmax.f(float %674, float %675)
	%774 = call float @llvm.nvvm.fmax.f(float %678, float %679)
	%775 = call float @llvm.nvvm.fmax.f(float %682, float %683)
	%776 = call float @llvm.nvvm.fmax.f(float %686, float %687)
	%777 = call float @llvm.nvvm.fmax.f(float %690, float %691)
	%778 = call float @llvm.nvvm.fmax.f(float %694, float %695)
	%779 = call float @llvm.nvvm.fmax.f(float %771, float %772)
	%780 = call float @llvm.nvvm.fmax.f(float %773, float %774)
	%781 = call float @llvm.nvvm.fmax.f(float %775, float %776)
	%782 = call float @llvm.nvvm.fmax.f(float %777, float %778)
	%783 = call float @llvm.nvvm.fmax.f(float %779, float %780)
	%784 = call float @llvm.nvvm.fmax.f(float %781, float %782)
	%785 = call float @llvm.nvvm.fmax.f(float %783, float %784)
	%786 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %785, i32 1, i32 31)
	%787 = call float @llvm.nvvm.fmax.f(float %785, float %786)
	%788 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %787, i32 2, i32 31)
	%789 = call float @llvm.nvvm.fmax.f(float %787, float %788)
	%790 = fmul float %789, 0x3FC7154760000000
	%791 = call float @llvm.nvvm.fmax.f(float %178, float %790)
	%792 = fcmp oeq float %791, 0xFFF0000000000000
	%793 = select i1 %792, float 0.0, float %791
	%794 = fsub float %178, %793
	%795 = call float @llvm.nvvm.ex2.approx.ftz.f(float %794)
	%796 = fneg float %793
	%797 = call float @llvm.fma.f32(float %666, float 0x3FC7154760000000, float %796)
	%798 = call float @llvm.nvvm.ex2.approx.ftz.f(float %797)
	%799 = call float @llvm.fma.f32(float %667, float 0x3FC7154760000000, float %796)
	%800 = call float @llvm.nvvm.ex2.approx.ftz.f(float %799)
	%801 = call float @llvm.fma.f32(float %670, float 0x3FC7154760000000, float %796)
	%802 = call float @llvm.nvvm.ex2.approx.ftz.f(float %801)
	%803 = call float @llvm.fma.f32(float %671, float 0x3FC7154760000000, float %796)
	%804 = call float @llvm.nvvm.ex2.approx.ftz.f(float %803)
	%805 = call float @llvm.fma.f32(float %674, float 0x3FC7154760000000, float %796)
	%806 = call float @llvm.nvvm.ex2.approx.ftz.f(float %805)
	%807 = call float @llvm.fma.f32(float %675, float 0x3FC7154760000000, float %796)
	%808 = call float @llvm.nvvm.ex2.approx.ftz.f(float %807)
	%809 = call float @llvm.fma.f32(float %678, float 0x3FC7154760000000, float %796)
	%810 = call float @llvm.nvvm.ex2.approx.ftz.f(float %809)
	%811 = call float @llvm.fma.f32(float %679, float 0x3FC7154760000000, float %796)
	%812 = call float @llvm.nvvm.ex2.approx.ftz.f(float %811)
	%813 = call float @llvm.fma.f32(float %682, float 0x3FC7154760000000, float %796)
	%814 = call float @llvm.nvvm.ex2.approx.ftz.f(float %813)
	%815 = call float @llvm.fma.f32(float %683, float 0x3FC7154760000000, float %796)
	%816 = call float @llvm.nvvm.ex2.approx.ftz.f(float %815)
	%817 = call float @llvm.fma.f32(float %686, float 0x3FC7154760000000, float %796)
	%818 = call float @llvm.nvvm.ex2.approx.ftz.f(float %817)
	%819 = call float @llvm.fma.f32(float %687, float 0x3FC7154760000000, float %796)
	%820 = call float @llvm.nvvm.ex2.approx.ftz.f(float %819)
	%821 = call float @llvm.fma.f32(float %690, float 0x3FC7154760000000, float %796)
	%822 = call float @llvm.nvvm.ex2.approx.ftz.f(float %821)
	%823 = call float @llvm.fma.f32(float %691, float 0x3FC7154760000000, float %796)
	%824 = call float @llvm.nvvm.ex2.approx.ftz.f(float %823)
	%825 = call float @llvm.fma.f32(float %694, float 0x3FC7154760000000, float %796)
	%826 = call float @llvm.nvvm.ex2.approx.ftz.f(float %825)
	%827 = call float @llvm.fma.f32(float %695, float 0x3FC7154760000000, float %796)
	%828 = call float @llvm.nvvm.ex2.approx.ftz.f(float %827)
	%829 = fadd float %798, %800
	%830 = fadd float %802, %804
	%831 = fadd float %806, %808
	%832 = fadd float %810, %812
	%833 = fadd float %814, %816
	%834 = fadd float %818, %820
	%835 = fadd float %822, %824
	%836 = fadd float %826, %828
	%837 = fadd float %829, %830
	%838 = fadd float %831, %832
	%839 = fadd float %833, %834
	%840 = fadd float %835, %836
	%841 = fadd float %837, %838
	%842 = fadd float %839, %840
	%843 = fadd float %841, %842
	%844 = fmul float %179, %795
	%845 = fadd float %844, %843
	%846 = add i32 %142, 1
	%847 = icmp slt i32 %846, %NK
	%848 = select i1 %847, i32 %846, i32 0
	%849 = add i32 %30, %848
	%850 = sext i32 %849 to i64
	%851 = getelementptr i32, i32* %list, i64 %850
	%852 = load i32, i32* %851
	%853 = select i1 %847, i32 %852, i32 -1
	%854 = icmp sge i32 %853, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %854, label %prefetch, label %pv

prefetch:
	%855 = mul i32 %853, 64
	%856 = lshr i32 %3, 3
	%857 = and i32 %3, 7
	%858 = lshr i32 %857, 3
	%859 = mul i32 %858, u0x2000
	%860 = and i32 %857, 7
	%861 = and i32 %856, 7
	%862 = xor i32 %860, %861
	%863 = mul i32 %856, 128
	%864 = shl i32 %862, 4
	%865 = add i32 %863, %864
	%866 = add i32 %859, %865
	%867 = add i32 %0, %866
	%868 = add i32 %855, %856
	%869 = mul i32 %868, 64
	%870 = mul i32 %857, 8
	%871 = add i32 %869, %870
	%872 = sext i32 %871 to i64
	%873 = getelementptr i16, i16* %21, i64 %872
	%874 = add i32 %868, 0
	%875 = icmp slt i32 %874, %N
	%876 = getelementptr i16, i16* %873, i64 0
	%877 = select i1 %875, i16* %876, i16* %21
	%878 = add i32 %867, 0
	%879 = select i1 %875, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %878, i16* %877, i32 %879)
	%880 = add i32 %868, 16
	%881 = icmp slt i32 %880, %N
	%882 = getelementptr i16, i16* %873, i64 1024
	%883 = select i1 %881, i16* %882, i16* %21
	%884 = add i32 %867, 2048
	%885 = select i1 %881, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %884, i16* %883, i32 %885)
	%886 = add i32 %868, 32
	%887 = icmp slt i32 %886, %N
	%888 = getelementptr i16, i16* %873, i64 2048
	%889 = select i1 %887, i16* %888, i16* %21
	%890 = add i32 %867, u0x1000
	%891 = select i1 %887, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %890, i16* %889, i32 %891)
	%892 = add i32 %868, 48
	%893 = icmp slt i32 %892, %N
	%894 = getelementptr i16, i16* %873, i64 3072
	%895 = select i1 %893, i16* %894, i16* %21
	%896 = add i32 %867, 6144
	%897 = select i1 %893, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %896, i16* %895, i32 %897)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%898 = fmul float %144, %720
	%899 = fmul float %145, %720
	%900 = fmul float %146, %795
	%901 = fmul float %147, %795
	%902 = fmul float %148, %720
	%903 = fmul float %149, %720
	%904 = fmul float %150, %795
	%905 = fmul float %151, %795
	%906 = fmul float %152, %720
	%907 = fmul float %153, %720
	%908 = fmul float %154, %795
	%909 = fmul float %155, %795
	%910 = fmul float %156, %720
	%911 = fmul float %157, %720
	%912 = fmul float %158, %795
	%913 = fmul float %159, %795
	%914 = fmul float %160, %720
	%915 = fmul float %161, %720
	%916 = fmul float %162, %795
	%917 = fmul float %163, %795
	%918 = fmul float %164, %720
	%919 = fmul float %165, %720
	%920 = fmul float %166, %795
	%921 = fmul float %167, %795
	%922 = fmul float %168, %720
	%923 = fmul float %169, %720
	%924 = fmul float %170, %795
	%925 = fmul float %171, %795
	%926 = fmul float %172, %720
	%927 = fmul float %173, %720
	%928 = fmul float %174, %795
	%929 = fmul float %175, %795
	%930 = and i32 %5, 7
	%931 = lshr i32 %5, 3
	%932 = and i32 %931, 1
	%933 = shl i32 %932, 3
	%934 = add i32 %930, %933
	%935 = mul i32 %934, 128
	%936 = add i32 %1, %935
	%937 = and i32 %5, 7
	%938 = xor i32 %89, %937
	%939 = shl i32 %938, 4
	%940 = add i32 %936, %939
	%941 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %725, float %723)
	%942 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %800, float %798)
	%943 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %729, float %727)
	%944 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %804, float %802)
	%945 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %733, float %731)
	%946 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %808, float %806)
	%947 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %737, float %735)
	%948 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %812, float %810)
	%949 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %741, float %739)
	%950 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %816, float %814)
	%951 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %745, float %743)
	%952 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %820, float %818)
	%953 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %749, float %747)
	%954 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %824, float %822)
	%955 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %753, float %751)
	%956 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %828, float %826)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%957 = add i32 %1, 0
	%958 = zext i32 %957 to i64
	%959 = lshr i64 %958, 4
	%960 = and i64 %959, u0x3FFF
	%961 = or i64 %960, u0x4000004002000000
	%962 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %898, float %899, float %900, float %901, float %902, float %903, float %904, float %905, float %906, float %907, float %908, float %909, float %910, float %911, float %912, float %913, float %914, float %915, float %916, float %917, float %918, float %919, float %920, float %921, float %922, float %923, float %924, float %925, float %926, float %927, float %928, float %929, i32 %941, i32 %942, i32 %943, i32 %944, i64 %961, i32 1)
	%963 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 0
	%964 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 1
	%965 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 2
	%966 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 3
	%967 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 4
	%968 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 5
	%969 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 6
	%970 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 7
	%971 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 8
	%972 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 9
	%973 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 10
	%974 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 11
	%975 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 12
	%976 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 13
	%977 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 14
	%978 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 15
	%979 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 16
	%980 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 17
	%981 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 18
	%982 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 19
	%983 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 20
	%984 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 21
	%985 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 22
	%986 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 23
	%987 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 24
	%988 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 25
	%989 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 26
	%990 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 27
	%991 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 28
	%992 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 29
	%993 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 30
	%994 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %962, 31
	%995 = add i32 %1, 2048
	%996 = zext i32 %995 to i64
	%997 = lshr i64 %996, 4
	%998 = and i64 %997, u0x3FFF
	%999 = or i64 %998, u0x4000004002000000
	%1000 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %963, float %964, float %965, float %966, float %967, float %968, float %969, float %970, float %971, float %972, float %973, float %974, float %975, float %976, float %977, float %978, float %979, float %980, float %981, float %982, float %983, float %984, float %985, float %986, float %987, float %988, float %989, float %990, float %991, float %992, float %993, float %994, i32 %945, i32 %946, i32 %947, i32 %948, i64 %999, i32 1)
	%1001 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 0
	%1002 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 1
	%1003 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 2
	%1004 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 3
	%1005 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 4
	%1006 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 5
	%1007 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 6
	%1008 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 7
	%1009 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 8
	%1010 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 9
	%1011 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 10
	%1012 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 11
	%1013 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 12
	%1014 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 13
	%1015 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 14
	%1016 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 15
	%1017 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 16
	%1018 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 17
	%1019 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 18
	%1020 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 19
	%1021 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 20
	%1022 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 21
	%1023 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 22
	%1024 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 23
	%1025 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 24
	%1026 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 25
	%1027 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 26
	%1028 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 27
	%1029 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 28
	%1030 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 29
	%1031 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 30
	%1032 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1000, 31
	%1033 = add i32 %1, u0x1000
	%1034 = zext i32 %1033 to i64
	%1035 = lshr i64 %1034, 4
	%1036 = and i64 %1035, u0x3FFF
	%1037 = or i64 %1036, u0x4000004002000000
	%1038 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1001, float %1002, float %1003, float %1004, float %1005, float %1006, float %1007, float %1008, float %1009, float %1010, float %1011, float %1012, float %1013, float %1014, float %1015, float %1016, float %1017, float %1018, float %1019, float %1020, float %1021, float %1022, float %1023, float %1024, float %1025, float %1026, float %1027, float %1028, float %1029, float %1030, float %1031, float %1032, i32 %949, i32 %950, i32 %951, i32 %952, i64 %1037, i32 1)
	%1039 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 0
	%1040 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 1
	%1041 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 2
	%1042 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 3
	%1043 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 4
	%1044 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 5
	%1045 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 6
	%1046 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 7
	%1047 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 8
	%1048 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 9
	%1049 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 10
	%1050 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 11
	%1051 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 12
	%1052 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 13
	%1053 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 14
	%1054 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 15
	%1055 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 16
	%1056 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 17
	%1057 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 18
	%1058 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 19
	%1059 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 20
	%1060 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 21
	%1061 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 22
	%1062 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 23
	%1063 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 24
	%1064 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 25
	%1065 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 26
	%1066 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 27
	%1067 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 28
	%1068 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 29
	%1069 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 30
	%1070 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1038, 31
	%1071 = add i32 %1, 6144
	%1072 = zext i32 %1071 to i64
	%1073 = lshr i64 %1072, 4
	%1074 = and i64 %1073, u0x3FFF
	%1075 = or i64 %1074, u0x4000004002000000
	%1076 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1039, float %1040, float %1041, float %1042, float %1043, float %1044, float %1045, float %1046, float %1047, float %1048, float %1049, float %1050, float %1051, float %1052, float %1053, float %1054, float %1055, float %1056, float %1057, float %1058, float %1059, float %1060, float %1061, float %1062, float %1063, float %1064, float %1065, float %1066, float %1067, float %1068, float %1069, float %1070, i32 %953, i32 %954, i32 %955, i32 %956, i64 %1075, i32 1)
	%1077 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 0
	%1078 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 1
	%1079 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 2
	%1080 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 3
	%1081 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 4
	%1082 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 5
	%1083 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 6
	%1084 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 7
	%1085 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 8
	%1086 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 9
	%1087 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 10
	%1088 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 11
	%1089 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 12
	%1090 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 13
	%1091 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 14
	%1092 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 15
	%1093 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 16
	%1094 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 17
	%1095 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 18
	%1096 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 19
	%1097 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 20
	%1098 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 21
	%1099 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 22
	%1100 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 23
	%1101 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 24
	%1102 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 25
	%1103 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 26
	%1104 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 27
	%1105 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 28
	%1106 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 29
	%1107 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 30
	%1108 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1076, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1109 = call float asm sideeffect "", "=f,0"(float %1077)
	%1110 = call float asm sideeffect "", "=f,0"(float %1078)
	%1111 = call float asm sideeffect "", "=f,0"(float %1079)
	%1112 = call float asm sideeffect "", "=f,0"(float %1080)
	%1113 = call float asm sideeffect "", "=f,0"(float %1081)
	%1114 = call float asm sideeffect "", "=f,0"(float %1082)
	%1115 = call float asm sideeffect "", "=f,0"(float %1083)
	%1116 = call float asm sideeffect "", "=f,0"(float %1084)
	%1117 = call float asm sideeffect "", "=f,0"(float %1085)
	%1118 = call float asm sideeffect "", "=f,0"(float %1086)
	%1119 = call float asm sideeffect "", "=f,0"(float %1087)
	%1120 = call float asm sideeffect "", "=f,0"(float %1088)
	%1121 = call float asm sideeffect "", "=f,0"(float %1089)
	%1122 = call float asm sideeffect "", "=f,0"(float %1090)
	%1123 = call float asm sideeffect "", "=f,0"(float %1091)
	%1124 = call float asm sideeffect "", "=f,0"(float %1092)
	%1125 = call float asm sideeffect "", "=f,0"(float %1093)
	%1126 = call float asm sideeffect "", "=f,0"(float %1094)
	%1127 = call float asm sideeffect "", "=f,0"(float %1095)
	%1128 = call float asm sideeffect "", "=f,0"(float %1096)
	%1129 = call float asm sideeffect "", "=f,0"(float %1097)
	%1130 = call float asm sideeffect "", "=f,0"(float %1098)
	%1131 = call float asm sideeffect "", "=f,0"(float %1099)
	%1132 = call float asm sideeffect "", "=f,0"(float %1100)
	%1133 = call float asm sideeffect "", "=f,0"(float %1101)
	%1134 = call float asm sideeffect "", "=f,0"(float %1102)
	%1135 = call float asm sideeffect "", "=f,0"(float %1103)
	%1136 = call float asm sideeffect "", "=f,0"(float %1104)
	%1137 = call float asm sideeffect "", "=f,0"(float %1105)
	%1138 = call float asm sideeffect "", "=f,0"(float %1106)
	%1139 = call float asm sideeffect "", "=f,0"(float %1107)
	%1140 = call float asm sideeffect "", "=f,0"(float %1108)
	br i1 %854, label %loop, label %epilogue

store0:
	%1141 = mul i32 %11, %M
	%1142 = add i32 %1141, %486
	%1143 = mul i32 %1142, 64
	%1144 = shl i32 %7, 1
	%1145 = add i32 0, %1144
	%1146 = add i32 %1143, %1145
	%1147 = sext i32 %1146 to i64
	%1148 = getelementptr float, float* %out, i64 %1147
	store float %487, float* %1148
	%1149 = getelementptr float, float* %1148, i32 1
	store float %488, float* %1149
	%1150 = shl i32 %7, 1
	%1151 = add i32 8, %1150
	%1152 = add i32 %1143, %1151
	%1153 = sext i32 %1152 to i64
	%1154 = getelementptr float, float* %out, i64 %1153
	store float %489, float* %1154
	%1155 = getelementptr float, float* %1154, i32 1
	store float %490, float* %1155
	%1156 = shl i32 %7, 1
	%1157 = add i32 16, %1156
	%1158 = add i32 %1143, %1157
	%1159 = sext i32 %1158 to i64
	%1160 = getelementptr float, float* %out, i64 %1159
	store float %491, float* %1160
	%1161 = getelementptr float, float* %1160, i32 1
	store float %492, float* %1161
	%1162 = shl i32 %7, 1
	%1163 = add i32 24, %1162
	%1164 = add i32 %1143, %1163
	%1165 = sext i32 %1164 to i64
	%1166 = getelementptr float, float* %out, i64 %1165
	store float %493, float* %1166
	%1167 = getelementptr float, float* %1166, i32 1
	store float %494, float* %1167
	%1168 = shl i32 %7, 1
	%1169 = add i32 32, %1168
	%1170 = add i32 %1143, %1169
	%1171 = sext i32 %1170 to i64
	%1172 = getelementptr float, float* %out, i64 %1171
	store float %495, float* %1172
	%1173 = getelementptr float, float* %1172, i32 1
	store float %496, float* %1173
	%1174 = shl i32 %7, 1
	%1175 = add i32 40, %1174
	%1176 = add i32 %1143, %1175
	%1177 = sext i32 %1176 to i64
	%1178 = getelementptr float, float* %out, i64 %1177
	store float %497, float* %1178
	%1179 = getelementptr float, float* %1178, i32 1
	store float %498, float* %1179
	%1180 = shl i32 %7, 1
	%1181 = add i32 48, %1180
	%1182 = add i32 %1143, %1181
	%1183 = sext i32 %1182 to i64
	%1184 = getelementptr float, float* %out, i64 %1183
	store float %499, float* %1184
	%1185 = getelementptr float, float* %1184, i32 1
	store float %500, float* %1185
	%1186 = shl i32 %7, 1
	%1187 = add i32 56, %1186
	%1188 = add i32 %1143, %1187
	%1189 = sext i32 %1188 to i64
	%1190 = getelementptr float, float* %out, i64 %1189
	store float %501, float* %1190
	%1191 = getelementptr float, float* %1190, i32 1
	store float %502, float* %1191
	br label %stored0

stored0:
	%1192 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %442, i32 1, i32 31)
	%1193 = fadd float %442, %1192
	%1194 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1193, i32 2, i32 31)
	%1195 = fadd float %1193, %1194
	%1196 = fcmp ogt float %1195, 0.0
	%1197 = fdiv float 1.0, %1195
	%1198 = select i1 %1196, float %1197, float 0.0
	%1199 = mul i32 %4, 16
	%1200 = add i32 %13, %1199
	%1201 = add i32 %6, 8
	%1202 = add i32 %1200, %1201
	%1203 = fmul float %446, %1198
	%1204 = fmul float %447, %1198
	%1205 = fmul float %450, %1198
	%1206 = fmul float %451, %1198
	%1207 = fmul float %454, %1198
	%1208 = fmul float %455, %1198
	%1209 = fmul float %458, %1198
	%1210 = fmul float %459, %1198
	%1211 = fmul float %462, %1198
	%1212 = fmul float %463, %1198
	%1213 = fmul float %466, %1198
	%1214 = fmul float %467, %1198
	%1215 = fmul float %470, %1198
	%1216 = fmul float %471, %1198
	%1217 = fmul float %474, %1198
	%1218 = fmul float %475, %1198
	%1219 = icmp slt i32 %1202, %M
	br i1 %1219, label %store1, label %stored1

store1:
	%1220 = mul i32 %11, %M
	%1221 = add i32 %1220, %1202
	%1222 = mul i32 %1221, 64
	%1223 = shl i32 %7, 1
	%1224 = add i32 0, %1223
	%1225 = add i32 %1222, %1224
	%1226 = sext i32 %1225 to i64
	%1227 = getelementptr float, float* %out, i64 %1226
	store float %1203, float* %1227
	%1228 = getelementptr float, float* %1227, i32 1
	store float %1204, float* %1228
	%1229 = shl i32 %7, 1
	%1230 = add i32 8, %1229
	%1231 = add i32 %1222, %1230
	%1232 = sext i32 %1231 to i64
	%1233 = getelementptr float, float* %out, i64 %1232
	store float %1205, float* %1233
	%1234 = getelementptr float, float* %1233, i32 1
	store float %1206, float* %1234
	%1235 = shl i32 %7, 1
	%1236 = add i32 16, %1235
	%1237 = add i32 %1222, %1236
	%1238 = sext i32 %1237 to i64
	%1239 = getelementptr float, float* %out, i64 %1238
	store float %1207, float* %1239
	%1240 = getelementptr float, float* %1239, i32 1
	store float %1208, float* %1240
	%1241 = shl i32 %7, 1
	%1242 = add i32 24, %1241
	%1243 = add i32 %1222, %1242
	%1244 = sext i32 %1243 to i64
	%1245 = getelementptr float, float* %out, i64 %1244
	store float %1209, float* %1245
	%1246 = getelementptr float, float* %1245, i32 1
	store float %1210, float* %1246
	%1247 = shl i32 %7, 1
	%1248 = add i32 32, %1247
	%1249 = add i32 %1222, %1248
	%1250 = sext i32 %1249 to i64
	%1251 = getelementptr float, float* %out, i64 %1250
	store float %1211, float* %1251
	%1252 = getelementptr float, float* %1251, i32 1
	store float %1212, float* %1252
	%1253 = shl i32 %7, 1
	%1254 = add i32 40, %1253
	%1255 = add i32 %1222, %1254
	%1256 = sext i32 %1255 to i64
	%1257 = getelementptr float, float* %out, i64 %1256
	store float %1213, float* %1257
	%1258 = getelementptr float, float* %1257, i32 1
	store float %1214, float* %1258
	%1259 = shl i32 %7, 1
	%1260 = add i32 48, %1259
	%1261 = add i32 %1222, %1260
	%1262 = sext i32 %1261 to i64
	%1263 = getelementptr float, float* %out, i64 %1262
	store float %1215, float* %1263
	%1264 = getelementptr float, float* %1263, i32 1
	store float %1216, float* %1264
	%1265 = shl i32 %7, 1
	%1266 = add i32 56, %1265
	%1267 = add i32 %1222, %1266
	%1268 = sext i32 %1267 to i64
	%1269 = getelementptr float, float* %out, i64 %1268
	store float %1217, float* %1269
	%1270 = getelementptr float, float* %1269, i32 1
	store float %1218, float* %1270
	br label %stored1

stored1:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1}
!0 = !{void (i16*, i16*, i16*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @f32out_attn0, !"maxntidx", i32 128}
!1 = !{void (i16*, i16*, i16*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @f32out_attn0, !"minctasm", i32 3}
