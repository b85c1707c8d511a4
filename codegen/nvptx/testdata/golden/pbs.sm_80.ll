; pbs
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@pbs_permute0_probe = internal addrspace(3) global [64 x float] undef, align 16
@pbs_permute0_keys = internal addrspace(3) global [256 x i64] undef, align 16
@pbs_select2_x = internal addrspace(3) global [4096 x i32] undef, align 16
@pbs_select2_c = internal addrspace(3) global [4096 x i32] undef, align 16
@pbs_select2_hist = internal addrspace(3) global [256 x i32] undef, align 16
@pbs_select2_red = internal addrspace(3) global [32 x float] undef, align 16
@pbs_select2_scana = internal addrspace(3) global [8 x i32] undef, align 16
@pbs_select2_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@pbs_select2_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@pbs_select2_sel = internal addrspace(3) global [2 x i32] undef, align 16
@pbs_select2_mass = internal addrspace(3) global [1 x double] undef, align 16
@pbs_scores1_a = internal addrspace(3) global [1088 x float] undef, align 16
@pbs_scores1_b = internal addrspace(3) global [1088 x float] undef, align 16
@pbs_attn3_smem = internal addrspace(3) global [16384 x i8] undef, align 1024

define ptx_kernel void @pbs_permute0(i16* %q, i16* %k, i32* %perm, i32 %M, i32 %N, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = sdiv i32 %2, %group
	%4 = add i32 %M, 255
	%5 = sdiv i32 %4, 256
	%6 = sub i32 %5, 1
	%7 = mul i32 %6, 256
	%8 = sub i32 %M, %7
	%9 = sitofp i32 %8 to float
	%10 = mul i32 %2, %M
	%11 = mul i32 %10, 64
	%12 = sext i32 %11 to i64
	%13 = getelementptr i16, i16* %q, i64 %12
	br label %14

14:
	%15 = phi i32 [ %0, %entry ], [ %40, %37 ]
	%16 = icmp slt i32 %15, 64
	br i1 %16, label %17, label %18

17:
	br label %24

18:
	call void @llvm.nvvm.barrier0()
	%19 = mul i32 %1, 256
	%20 = add i32 %19, %0
	%21 = icmp slt i32 %0, 256
	%22 = icmp slt i32 %20, %N
	%23 = and i1 %21, %22
	br i1 %23, label %41, label %47

24:
	%25 = phi i32 [ %7, %17 ], [ %36, %28 ]
	%26 = phi float [ 0.0, %17 ], [ %35, %28 ]
	%27 = icmp slt i32 %25, %M
	br i1 %27, label %28, label %37

28:
	%29 = mul i32 %25, 64
	%30 = add i32 %29, %15
	%31 = sext i32 %30 to i64
	%32 = getelementptr i16, i16* %13, i64 %31
	%33 = load i16, i16* %32
	%34 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %33)
	%35 = fadd float %26, %34
	%36 = add i32 %25, 1
	br label %24

37:
	%38 = fdiv float %26, %9
	%39 = getelementptr [64 x float], [64 x float] addrspace(3)* @pbs_permute0_probe, i32 0, i32 %15
	store float %38, float addrspace(3)* %39
	%40 = add i32 %15, 256
	br label %14

41:
	%42 = mul i32 %3, %N
	%43 = add i32 %42, %20
	%44 = mul i32 %43, 64
	%45 = sext i32 %44 to i64
	%46 = getelementptr i16, i16* %k, i64 %45
	br label %62

47:
	%48 = phi float [ 0.0, %18 ], [ %76, %75 ]
	%49 = bitcast float %48 to i32
	%50 = icmp slt i32 %49, 0
	%51 = select i1 %50, i32 -1, i32 -2147483648
	%52 = xor i32 %49, %51
	%53 = xor i32 %52, -1
	%54 = zext i32 %53 to i64
	%55 = shl i64 %54, 32
	%56 = zext i32 %20 to i64
	%57 = or i64 %55, %56
	%58 = select i1 %23, i64 %57, i64 -1
	%59 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %58, i64 addrspace(3)* %59
	call void @llvm.nvvm.barrier0()
	%60 = xor i32 %0, 1
	%61 = icmp ugt i32 %60, %0
	br i1 %61, label %77, label %87

62:
	%63 = phi i32 [ 0, %41 ], [ %74, %66 ]
	%64 = phi float [ 0.0, %41 ], [ %73, %66 ]
	%65 = icmp slt i32 %63, 64
	br i1 %65, label %66, label %75

66:
	%67 = sext i32 %63 to i64
	%68 = getelementptr i16, i16* %46, i64 %67
	%69 = load i16, i16* %68
	%70 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %69)
	%71 = getelementptr [64 x float], [64 x float] addrspace(3)* @pbs_permute0_probe, i32 0, i32 %63
	%72 = load float, float addrspace(3)* %71
	%73 = call float @llvm.fma.f32(float %72, float %70, float %64)
	%74 = add i32 %63, 1
	br label %62

75:
	%76 = fmul float %64, 0.125
	br label %47

77:
	%78 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%79 = load i64, i64 addrspace(3)* %78
	%80 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %60
	%81 = load i64, i64 addrspace(3)* %80
	%82 = and i32 %0, 2
	%83 = icmp eq i32 %82, 0
	%84 = icmp ugt i64 %79, %81
	%85 = icmp ult i64 %79, %81
	%86 = select i1 %83, i1 %84, i1 %85
	br i1 %86, label %90, label %93

87:
	call void @llvm.nvvm.barrier0()
	%88 = xor i32 %0, 2
	%89 = icmp ugt i32 %88, %0
	br i1 %89, label %94, label %104

90:
	%91 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %81, i64 addrspace(3)* %91
	%92 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %60
	store i64 %79, i64 addrspace(3)* %92
	br label %93

93:
	br label %87

94:
	%95 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%96 = load i64, i64 addrspace(3)* %95
	%97 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %88
	%98 = load i64, i64 addrspace(3)* %97
	%99 = and i32 %0, 4
	%100 = icmp eq i32 %99, 0
	%101 = icmp ugt i64 %96, %98
	%102 = icmp ult i64 %96, %98
	%103 = select i1 %100, i1 %101, i1 %102
	br i1 %103, label %107, label %110

104:
	call void @llvm.nvvm.barrier0()
	%105 = xor i32 %0, 1
	%106 = icmp ugt i32 %105, %0
	br i1 %106, label %111, label %121

107:
	%108 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %98, i64 addrspace(3)* %108
	%109 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %88
	store i64 %96, i64 addrspace(3)* %109
	br label %110

110:
	br label %104

111:
	%112 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%113 = load i64, i64 addrspace(3)* %112
	%114 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %105
	%115 = load i64, i64 addrspace(3)* %114
	%116 = and i32 %0, 4
	%117 = icmp eq i32 %116, 0
	%118 = icmp ugt i64 %113, %115
	%119 = icmp ult i64 %113, %115
	%120 = select i1 %117, i1 %118, i1 %119
	br i1 %120, label %124, label %127

121:
	call void @llvm.nvvm.barrier0()
	%122 = xor i32 %0, 4
	%123 = icmp ugt i32 %122, %0
	br i1 %123, label %128, label %138

124:
	%125 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %115, i64 addrspace(3)* %125
	%126 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %105
	store i64 %113, i64 addrspace(3)* %126
	br label %127

127:
	br label %121

128:
	%129 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%130 = load i64, i64 addrspace(3)* %129
	%131 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %122
	%132 = load i64, i64 addrspace(3)* %131
	%133 = and i32 %0, 8
	%134 = icmp eq i32 %133, 0
	%135 = icmp ugt i64 %130, %132
	%136 = icmp ult i64 %130, %132
	%137 = select i1 %134, i1 %135, i1 %136
	br i1 %137, label %141, label %144

138:
	call void @llvm.nvvm.barrier0()
	%139 = xor i32 %0, 2
	%140 = icmp ugt i32 %139, %0
	br i1 %140, label %145, label %155

141:
	%142 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %132, i64 addrspace(3)* %142
	%143 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %122
	store i64 %130, i64 addrspace(3)* %143
	br label %144

144:
	br label %138

145:
	%146 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%147 = load i64, i64 addrspace(3)* %146
	%148 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %139
	%149 = load i64, i64 addrspace(3)* %148
	%150 = and i32 %0, 8
	%151 = icmp eq i32 %150, 0
	%152 = icmp ugt i64 %147, %149
	%153 = icmp ult i64 %147, %149
	%154 = select i1 %151, i1 %152, i1 %153
	br i1 %154, label %158, label %161

155:
	call void @llvm.nvvm.barrier0()
	%156 = xor i32 %0, 1
	%157 = icmp ugt i32 %156, %0
	br i1 %157, label %162, label %172

158:
	%159 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %149, i64 addrspace(3)* %159
	%160 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %139
	store i64 %147, i64 addrspace(3)* %160
	br label %161

161:
	br label %155

162:
	%163 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%164 = load i64, i64 addrspace(3)* %163
	%165 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %156
	%166 = load i64, i64 addrspace(3)* %165
	%167 = and i32 %0, 8
	%168 = icmp eq i32 %167, 0
	%169 = icmp ugt i64 %164, %166
	%170 = icmp ult i64 %164, %166
	%171 = select i1 %168, i1 %169, i1 %170
	br i1 %171, label %175, label %178

172:
	call void @llvm.nvvm.barrier0()
	%173 = xor i32 %0, 8
	%174 = icmp ugt i32 %173, %0
	br i1 %174, label %179, label %189

175:
	%176 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %166, i64 addrspace(3)* %176
	%177 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %156
	store i64 %164, i64 addrspace(3)* %177
	br label %178

178:
	br label %172

179:
	%180 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%181 = load i64, i64 addrspace(3)* %180
	%182 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %173
	%183 = load i64, i64 addrspace(3)* %182
	%184 = and i32 %0, 16
	%185 = icmp eq i32 %184, 0
	%186 = icmp ugt i64 %181, %183
	%187 = icmp ult i64 %181, %183
	%188 = select i1 %185, i1 %186, i1 %187
	br i1 %188, label %192, label %195

189:
	call void @llvm.nvvm.barrier0()
	%190 = xor i32 %0, 4
	%191 = icmp ugt i32 %190, %0
	br i1 %191, label %196, label %206

192:
	%193 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %183, i64 addrspace(3)* %193
	%194 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %173
	store i64 %181, i64 addrspace(3)* %194
	br label %195

195:
	br label %189

196:
	%197 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%198 = load i64, i64 addrspace(3)* %197
	%199 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %190
	%200 = load i64, i64 addrspace(3)* %199
	%201 = and i32 %0, 16
	%202 = icmp eq i32 %201, 0
	%203 = icmp ugt i64 %198, %200
	%204 = icmp ult i64 %198, %200
	%205 = select i1 %202, i1 %203, i1 %204
	br i1 %205, label %209, label %212

206:
	call void @llvm.nvvm.barrier0()
	%207 = xor i32 %0, 2
	%208 = icmp ugt i32 %207, %0
	br i1 %208, label %213, label %223

209:
	%210 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %200, i64 addrspace(3)* %210
	%211 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %190
	store i64 %198, i64 addrspace(3)* %211
	br label %212

212:
	br label %206

213:
	%214 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%215 = load i64, i64 addrspace(3)* %214
	%216 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %207
	%217 = load i64, i64 addrspace(3)* %216
	%218 = and i32 %0, 16
	%219 = icmp eq i32 %218, 0
	%220 = icmp ugt i64 %215, %217
	%221 = icmp ult i64 %215, %217
	%222 = select i1 %219, i1 %220, i1 %221
	br i1 %222, label %226, label %229

223:
	call void @llvm.nvvm.barrier0()
	%224 = xor i32 %0, 1
	%225 = icmp ugt i32 %224, %0
	br i1 %225, label %230, label %240

226:
	%227 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %217, i64 addrspace(3)* %227
	%228 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %207
	store i64 %215, i64 addrspace(3)* %228
	br label %229

229:
	br label %223

230:
	%231 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%232 = load i64, i64 addrspace(3)* %231
	%233 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %224
	%234 = load i64, i64 addrspace(3)* %233
	%235 = and i32 %0, 16
	%236 = icmp eq i32 %235, 0
	%237 = icmp ugt i64 %232, %234
	%238 = icmp ult i64 %232, %234
	%239 = select i1 %236, i1 %237, i1 %238
	br i1 %239, label %243, label %246

240:
	call void @llvm.nvvm.barrier0()
	%241 = xor i32 %0, 16
	%242 = icmp ugt i32 %241, %0
	br i1 %242, label %247, label %257

243:
	%244 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %234, i64 addrspace(3)* %244
	%245 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %224
	store i64 %232, i64 addrspace(3)* %245
	br label %246

246:
	br label %240

247:
	%248 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%249 = load i64, i64 addrspace(3)* %248
	%250 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %241
	%251 = load i64, i64 addrspace(3)* %250
	%252 = and i32 %0, 32
	%253 = icmp eq i32 %252, 0
	%254 = icmp ugt i64 %249, %251
	%255 = icmp ult i64 %249, %251
	%256 = select i1 %253, i1 %254, i1 %255
	br i1 %256, label %260, label %263

257:
	call void @llvm.nvvm.barrier0()
	%258 = xor i32 %0, 8
	%259 = icmp ugt i32 %258, %0
	br i1 %259, label %264, label %274

260:
	%261 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %251, i64 addrspace(3)* %261
	%262 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %241
	store i64 %249, i64 addrspace(3)* %262
	br label %263

263:
	br label %257

264:
	%265 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%266 = load i64, i64 addrspace(3)* %265
	%267 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %258
	%268 = load i64, i64 addrspace(3)* %267
	%269 = and i32 %0, 32
	%270 = icmp eq i32 %269, 0
	%271 = icmp ugt i64 %266, %268
	%272 = icmp ult i64 %266, %268
	%273 = select i1 %270, i1 %271, i1 %272
	br i1 %273, label %277, label %280

274:
	call void @llvm.nvvm.barrier0()
	%275 = xor i32 %0, 4
	%276 = icmp ugt i32 %275, %0
	br i1 %276, label %281, label %291

277:
	%278 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %268, i64 addrspace(3)* %278
	%279 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %258
	store i64 %266, i64 addrspace(3)* %279
	br label %280

280:
	br label %274

281:
	%282 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%283 = load i64, i64 addrspace(3)* %282
	%284 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %275
	%285 = load i64, i64 addrspace(3)* %284
	%286 = and i32 %0, 32
	%287 = icmp eq i32 %286, 0
	%288 = icmp ugt i64 %283, %285
	%289 = icmp ult i64 %283, %285
	%290 = select i1 %287, i1 %288, i1 %289
	br i1 %290, label %294, label %297

291:
	call void @llvm.nvvm.barrier0()
	%292 = xor i32 %0, 2
	%293 = icmp ugt i32 %292, %0
	br i1 %293, label %298, label %308

294:
	%295 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %285, i64 addrspace(3)* %295
	%296 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %275
	store i64 %283, i64 addrspace(3)* %296
	br label %297

297:
	br label %291

298:
	%299 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%300 = load i64, i64 addrspace(3)* %299
	%301 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %292
	%302 = load i64, i64 addrspace(3)* %301
	%303 = and i32 %0, 32
	%304 = icmp eq i32 %303, 0
	%305 = icmp ugt i64 %300, %302
	%306 = icmp ult i64 %300, %302
	%307 = select i1 %304, i1 %305, i1 %306
	br i1 %307, label %311, label %314

308:
	call void @llvm.nvvm.barrier0()
	%309 = xor i32 %0, 1
	%310 = icmp ugt i32 %309, %0
	br i1 %310, label %315, label %325

311:
	%312 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %302, i64 addrspace(3)* %312
	%313 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %292
	store i64 %300, i64 addrspace(3)* %313
	br label %314

314:
	br label %308

315:
	%316 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%317 = load i64, i64 addrspace(3)* %316
	%318 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %309
	%319 = load i64, i64 addrspace(3)* %318
	%320 = and i32 %0, 32
	%321 = icmp eq i32 %320, 0
	%322 = icmp ugt i64 %317, %319
	%323 = icmp ult i64 %317, %319
	%324 = select i1 %321, i1 %322, i1 %323
	br i1 %324, label %328, label %331

325:
	call void @llvm.nvvm.barrier0()
	%326 = xor i32 %0, 32
	%327 = icmp ugt i32 %326, %0
	br i1 %327, label %332, label %342

328:
	%329 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %319, i64 addrspace(3)* %329
	%330 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %309
	store i64 %317, i64 addrspace(3)* %330
	br label %331

331:
	br label %325

332:
	%333 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%334 = load i64, i64 addrspace(3)* %333
	%335 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %326
	%336 = load i64, i64 addrspace(3)* %335
	%337 = and i32 %0, 64
	%338 = icmp eq i32 %337, 0
	%339 = icmp ugt i64 %334, %336
	%340 = icmp ult i64 %334, %336
	%341 = select i1 %338, i1 %339, i1 %340
	br i1 %341, label %345, label %348

342:
	call void @llvm.nvvm.barrier0()
	%343 = xor i32 %0, 16
	%344 = icmp ugt i32 %343, %0
	br i1 %344, label %349, label %359

345:
	%346 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %336, i64 addrspace(3)* %346
	%347 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %326
	store i64 %334, i64 addrspace(3)* %347
	br label %348

348:
	br label %342

349:
	%350 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%351 = load i64, i64 addrspace(3)* %350
	%352 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %343
	%353 = load i64, i64 addrspace(3)* %352
	%354 = and i32 %0, 64
	%355 = icmp eq i32 %354, 0
	%356 = icmp ugt i64 %351, %353
	%357 = icmp ult i64 %351, %353
	%358 = select i1 %355, i1 %356, i1 %357
	br i1 %358, label %362, label %365

359:
	call void @llvm.nvvm.barrier0()
	%360 = xor i32 %0, 8
	%361 = icmp ugt i32 %360, %0
	br i1 %361, label %366, label %376

362:
	%363 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %353, i64 addrspace(3)* %363
	%364 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %343
	store i64 %351, i64 addrspace(3)* %364
	br label %365

365:
	br label %359

366:
	%367 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%368 = load i64, i64 addrspace(3)* %367
	%369 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %360
	%370 = load i64, i64 addrspace(3)* %369
	%371 = and i32 %0, 64
	%372 = icmp eq i32 %371, 0
	%373 = icmp ugt i64 %368, %370
	%374 = icmp ult i64 %368, %370
	%375 = select i1 %372, i1 %373, i1 %374
	br i1 %375, label %379, label %382

376:
	call void @llvm.nvvm.barrier0()
	%377 = xor i32 %0, 4
	%378 = icmp ugt i32 %377, %0
	br i1 %378, label %383, label %393

379:
	%380 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %370, i64 addrspace(3)* %380
	%381 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %360
	store i64 %368, i64 addrspace(3)* %381
	br label %382

382:
	br label %376

383:
	%384 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%385 = load i64, i64 addrspace(3)* %384
	%386 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %377
	%387 = load i64, i64 addrspace(3)* %386
	%388 = and i32 %0, 64
	%389 = icmp eq i32 %388, 0
	%390 = icmp ugt i64 %385, %387
	%391 = icmp ult i64 %385, %387
	%392 = select i1 %389, i1 %390, i1 %391
	br i1 %392, label %396, label %399

393:
	call void @llvm.nvvm.barrier0()
	%394 = xor i32 %0, 2
	%395 = icmp ugt i32 %394, %0
	br i1 %395, label %400, label %410

396:
	%397 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %387, i64 addrspace(3)* %397
	%398 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %377
	store i64 %385, i64 addrspace(3)* %398
	br label %399

399:
	br label %393

400:
	%401 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%402 = load i64, i64 addrspace(3)* %401
	%403 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %394
	%404 = load i64, i64 addrspace(3)* %403
	%405 = and i32 %0, 64
	%406 = icmp eq i32 %405, 0
	%407 = icmp ugt i64 %402, %404
	%408 = icmp ult i64 %402, %404
	%409 = select i1 %406, i1 %407, i1 %408
	br i1 %409, label %413, label %416

410:
	call void @llvm.nvvm.barrier0()
	%411 = xor i32 %0, 1
	%412 = icmp ugt i32 %411, %0
	br i1 %412, label %417, label %427

413:
	%414 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %404, i64 addrspace(3)* %414
	%415 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %394
	store i64 %402, i64 addrspace(3)* %415
	br label %416

416:
	br label %410

417:
	%418 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%419 = load i64, i64 addrspace(3)* %418
	%420 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %411
	%421 = load i64, i64 addrspace(3)* %420
	%422 = and i32 %0, 64
	%423 = icmp eq i32 %422, 0
	%424 = icmp ugt i64 %419, %421
	%425 = icmp ult i64 %419, %421
	%426 = select i1 %423, i1 %424, i1 %425
	br i1 %426, label %430, label %433

427:
	call void @llvm.nvvm.barrier0()
	%428 = xor i32 %0, 64
	%429 = icmp ugt i32 %428, %0
	br i1 %429, label %434, label %444

430:
	%431 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %421, i64 addrspace(3)* %431
	%432 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %411
	store i64 %419, i64 addrspace(3)* %432
	br label %433

433:
	br label %427

434:
	%435 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%436 = load i64, i64 addrspace(3)* %435
	%437 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %428
	%438 = load i64, i64 addrspace(3)* %437
	%439 = and i32 %0, 128
	%440 = icmp eq i32 %439, 0
	%441 = icmp ugt i64 %436, %438
	%442 = icmp ult i64 %436, %438
	%443 = select i1 %440, i1 %441, i1 %442
	br i1 %443, label %447, label %450

444:
	call void @llvm.nvvm.barrier0()
	%445 = xor i32 %0, 32
	%446 = icmp ugt i32 %445, %0
	br i1 %446, label %451, label %461

447:
	%448 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %438, i64 addrspace(3)* %448
	%449 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %428
	store i64 %436, i64 addrspace(3)* %449
	br label %450

450:
	br label %444

451:
	%452 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%453 = load i64, i64 addrspace(3)* %452
	%454 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %445
	%455 = load i64, i64 addrspace(3)* %454
	%456 = and i32 %0, 128
	%457 = icmp eq i32 %456, 0
	%458 = icmp ugt i64 %453, %455
	%459 = icmp ult i64 %453, %455
	%460 = select i1 %457, i1 %458, i1 %459
	br i1 %460, label %464, label %467

461:
	call void @llvm.nvvm.barrier0()
	%462 = xor i32 %0, 16
	%463 = icmp ugt i32 %462, %0
	br i1 %463, label %468, label %478

464:
	%465 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %455, i64 addrspace(3)* %465
	%466 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %445
	store i64 %453, i64 addrspace(3)* %466
	br label %467

467:
	br label %461

468:
	%469 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%470 = load i64, i64 addrspace(3)* %469
	%471 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %462
	%472 = load i64, i64 addrspace(3)* %471
	%473 = and i32 %0, 128
	%474 = icmp eq i32 %473, 0
	%475 = icmp ugt i64 %470, %472
	%476 = icmp ult i64 %470, %472
	%477 = select i1 %474, i1 %475, i1 %476
	br i1 %477, label %481, label %484

478:
	call void @llvm.nvvm.barrier0()
	%479 = xor i32 %0, 8
	%480 = icmp ugt i32 %479, %0
	br i1 %480, label %485, label %495

481:
	%482 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %472, i64 addrspace(3)* %482
	%483 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %462
	store i64 %470, i64 addrspace(3)* %483
	br label %484

484:
	br label %478

485:
	%486 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%487 = load i64, i64 addrspace(3)* %486
	%488 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %479
	%489 = load i64, i64 addrspace(3)* %488
	%490 = and i32 %0, 128
	%491 = icmp eq i32 %490, 0
	%492 = icmp ugt i64 %487, %489
	%493 = icmp ult i64 %487, %489
	%494 = select i1 %491, i1 %492, i1 %493
	br i1 %494, label %498, label %501

495:
	call void @llvm.nvvm.barrier0()
	%496 = xor i32 %0, 4
	%497 = icmp ugt i32 %496, %0
	br i1 %497, label %502, label %512

498:
	%499 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %489, i64 addrspace(3)* %499
	%500 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %479
	store i64 %487, i64 addrspace(3)* %500
	br label %501

501:
	br label %495

502:
	%503 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%504 = load i64, i64 addrspace(3)* %503
	%505 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %496
	%506 = load i64, i64 addrspace(3)* %505
	%507 = and i32 %0, 128
	%508 = icmp eq i32 %507, 0
	%509 = icmp ugt i64 %504, %506
	%510 = icmp ult i64 %504, %506
	%511 = select i1 %508, i1 %509, i1 %510
	br i1 %511, label %515, label %518

512:
	call void @llvm.nvvm.barrier0()
	%513 = xor i32 %0, 2
	%514 = icmp ugt i32 %513, %0
	br i1 %514, label %519, label %529

515:
	%516 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %506, i64 addrspace(3)* %516
	%517 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %496
	store i64 %504, i64 addrspace(3)* %517
	br label %518

518:
	br label %512

519:
	%520 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%521 = load i64, i64 addrspace(3)* %520
	%522 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %513
	%523 = load i64, i64 addrspace(3)* %522
	%524 = and i32 %0, 128
	%525 = icmp eq i32 %524, 0
	%526 = icmp ugt i64 %521, %523
	%527 = icmp ult i64 %521, %523
	%528 = select i1 %525, i1 %526, i1 %527
	br i1 %528, label %532, label %535

529:
	call void @llvm.nvvm.barrier0()
	%530 = xor i32 %0, 1
	%531 = icmp ugt i32 %530, %0
	br i1 %531, label %536, label %546

532:
	%533 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %523, i64 addrspace(3)* %533
	%534 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %513
	store i64 %521, i64 addrspace(3)* %534
	br label %535

535:
	br label %529

536:
	%537 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%538 = load i64, i64 addrspace(3)* %537
	%539 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %530
	%540 = load i64, i64 addrspace(3)* %539
	%541 = and i32 %0, 128
	%542 = icmp eq i32 %541, 0
	%543 = icmp ugt i64 %538, %540
	%544 = icmp ult i64 %538, %540
	%545 = select i1 %542, i1 %543, i1 %544
	br i1 %545, label %549, label %552

546:
	call void @llvm.nvvm.barrier0()
	%547 = xor i32 %0, 128
	%548 = icmp ugt i32 %547, %0
	br i1 %548, label %553, label %563

549:
	%550 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %540, i64 addrspace(3)* %550
	%551 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %530
	store i64 %538, i64 addrspace(3)* %551
	br label %552

552:
	br label %546

553:
	%554 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%555 = load i64, i64 addrspace(3)* %554
	%556 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %547
	%557 = load i64, i64 addrspace(3)* %556
	%558 = and i32 %0, 256
	%559 = icmp eq i32 %558, 0
	%560 = icmp ugt i64 %555, %557
	%561 = icmp ult i64 %555, %557
	%562 = select i1 %559, i1 %560, i1 %561
	br i1 %562, label %566, label %569

563:
	call void @llvm.nvvm.barrier0()
	%564 = xor i32 %0, 64
	%565 = icmp ugt i32 %564, %0
	br i1 %565, label %570, label %580

566:
	%567 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %557, i64 addrspace(3)* %567
	%568 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %547
	store i64 %555, i64 addrspace(3)* %568
	br label %569

569:
	br label %563

570:
	%571 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%572 = load i64, i64 addrspace(3)* %571
	%573 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %564
	%574 = load i64, i64 addrspace(3)* %573
	%575 = and i32 %0, 256
	%576 = icmp eq i32 %575, 0
	%577 = icmp ugt i64 %572, %574
	%578 = icmp ult i64 %572, %574
	%579 = select i1 %576, i1 %577, i1 %578
	br i1 %579, label %583, label %586

580:
	call void @llvm.nvvm.barrier0()
	%581 = xor i32 %0, 32
	%582 = icmp ugt i32 %581, %0
	br i1 %582, label %587, label %597

583:
	%584 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %574, i64 addrspace(3)* %584
	%585 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %564
	store i64 %572, i64 addrspace(3)* %585
	br label %586

586:
	br label %580

587:
	%588 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%589 = load i64, i64 addrspace(3)* %588
	%590 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %581
	%591 = load i64, i64 addrspace(3)* %590
	%592 = and i32 %0, 256
	%593 = icmp eq i32 %592, 0
	%594 = icmp ugt i64 %589, %591
	%595 = icmp ult i64 %589, %591
	%596 = select i1 %593, i1 %594, i1 %595
	br i1 %596, label %600, label %603

597:
	call void @llvm.nvvm.barrier0()
	%598 = xor i32 %0, 16
	%599 = icmp ugt i32 %598, %0
	br i1 %599, label %604, label %614

600:
	%601 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %591, i64 addrspace(3)* %601
	%602 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %581
	store i64 %589, i64 addrspace(3)* %602
	br label %603

603:
	br label %597

604:
	%605 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%606 = load i64, i64 addrspace(3)* %605
	%607 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %598
	%608 = load i64, i64 addrspace(3)* %607
	%609 = and i32 %0, 256
	%610 = icmp eq i32 %609, 0
	%611 = icmp ugt i64 %606, %608
	%612 = icmp ult i64 %606, %608
	%613 = select i1 %610, i1 %611, i1 %612
	br i1 %613, label %617, label %620

614:
	call void @llvm.nvvm.barrier0()
	%615 = xor i32 %0, 8
	%616 = icmp ugt i32 %615, %0
	br i1 %616, label %621, label %631

617:
	%618 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %608, i64 addrspace(3)* %618
	%619 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %598
	store i64 %606, i64 addrspace(3)* %619
	br label %620

620:
	br label %614

621:
	%622 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%623 = load i64, i64 addrspace(3)* %622
	%624 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %615
	%625 = load i64, i64 addrspace(3)* %624
	%626 = and i32 %0, 256
	%627 = icmp eq i32 %626, 0
	%628 = icmp ugt i64 %623, %625
	%629 = icmp ult i64 %623, %625
	%630 = select i1 %627, i1 %628, i1 %629
	br i1 %630, label %634, label %637

631:
	call void @llvm.nvvm.barrier0()
	%632 = xor i32 %0, 4
	%633 = icmp ugt i32 %632, %0
	br i1 %633, label %638, label %648

634:
	%635 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %625, i64 addrspace(3)* %635
	%636 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %615
	store i64 %623, i64 addrspace(3)* %636
	br label %637

637:
	br label %631

638:
	%639 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%640 = load i64, i64 addrspace(3)* %639
	%641 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %632
	%642 = load i64, i64 addrspace(3)* %641
	%643 = and i32 %0, 256
	%644 = icmp eq i32 %643, 0
	%645 = icmp ugt i64 %640, %642
	%646 = icmp ult i64 %640, %642
	%647 = select i1 %644, i1 %645, i1 %646
	br i1 %647, label %651, label %654

648:
	call void @llvm.nvvm.barrier0()
	%649 = xor i32 %0, 2
	%650 = icmp ugt i32 %649, %0
	br i1 %650, label %655, label %665

651:
	%652 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %642, i64 addrspace(3)* %652
	%653 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %632
	store i64 %640, i64 addrspace(3)* %653
	br label %654

654:
	br label %648

655:
	%656 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%657 = load i64, i64 addrspace(3)* %656
	%658 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %649
	%659 = load i64, i64 addrspace(3)* %658
	%660 = and i32 %0, 256
	%661 = icmp eq i32 %660, 0
	%662 = icmp ugt i64 %657, %659
	%663 = icmp ult i64 %657, %659
	%664 = select i1 %661, i1 %662, i1 %663
	br i1 %664, label %668, label %671

665:
	call void @llvm.nvvm.barrier0()
	%666 = xor i32 %0, 1
	%667 = icmp ugt i32 %666, %0
	br i1 %667, label %672, label %682

668:
	%669 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %659, i64 addrspace(3)* %669
	%670 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %649
	store i64 %657, i64 addrspace(3)* %670
	br label %671

671:
	br label %665

672:
	%673 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%674 = load i64, i64 addrspace(3)* %673
	%675 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %666
	%676 = load i64, i64 addrspace(3)* %675
	%677 = and i32 %0, 256
	%678 = icmp eq i32 %677, 0
	%679 = icmp ugt i64 %674, %676
	%680 = icmp ult i64 %674, %676
	%681 = select i1 %678, i1 %679, i1 %680
	br i1 %681, label %683, label %686

682:
	call void @llvm.nvvm.barrier0()
	br i1 %23, label %687, label %695

683:
	%684 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %676, i64 addrspace(3)* %684
	%685 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %666
	store i64 %674, i64 addrspace(3)* %685
	br label %686

686:
	br label %682

687:
	%688 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%689 = load i64, i64 addrspace(3)* %688
	%690 = trunc i64 %689 to i32
	%691 = mul i32 %2, %N
	%692 = add i32 %691, %20
	%693 = sext i32 %692 to i64
	%694 = getelementptr i32, i32* %perm, i64 %693
	store i32 %690, i32* %694
	br label %695

695:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare void @llvm.nvvm.barrier0()

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

define ptx_kernel void @pbs_permclass0(i32* %perm, i8* %cls, i32 %M, i32 %N, i32 %NQ, i32 %NK) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 256
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%4 = add i32 %2, %3
	%5 = icmp slt i32 %4, %NK
	br i1 %5, label %6, label %12

6:
	%7 = mul i32 %4, 64
	%8 = add i32 %7, 64
	%9 = icmp slt i32 %8, %N
	%10 = select i1 %9, i32 %8, i32 %N
	%11 = mul i32 %0, %N
	br label %13

12:
	ret void

13:
	%14 = phi i32 [ %7, %6 ], [ %27, %18 ]
	%15 = phi i32 [ u0x7FFFFFFF, %6 ], [ %24, %18 ]
	%16 = phi i32 [ -1, %6 ], [ %26, %18 ]
	%17 = icmp slt i32 %14, %10
	br i1 %17, label %18, label %28

18:
	%19 = add i32 %11, %14
	%20 = sext i32 %19 to i64
	%21 = getelementptr i32, i32* %perm, i64 %20
	%22 = load i32, i32* %21
	%23 = icmp slt i32 %15, %22
	%24 = select i1 %23, i32 %15, i32 %22
	%25 = icmp sgt i32 %16, %22
	%26 = select i1 %25, i32 %16, i32 %22
	%27 = add i32 %14, 1
	br label %13

28:
	%29 = sub i32 %10, %7
	%30 = icmp slt i32 %29, 64
	%31 = select i1 %30, i8 1, i8 2
	br label %32

32:
	%33 = phi i32 [ 0, %28 ], [ %51, %35 ]
	%34 = icmp slt i32 %33, %NQ
	br i1 %34, label %35, label %52

35:
	%36 = mul i32 %33, 64
	%37 = add i32 %36, 64
	%38 = icmp slt i32 %37, %M
	%39 = select i1 %38, i32 %37, i32 %M
	%40 = sub i32 %39, 1
	%41 = icmp sle i32 %16, %36
	%42 = select i1 %41, i8 %31, i8 1
	%43 = icmp sgt i32 %15, %40
	%44 = select i1 %43, i8 0, i8 %42
	%45 = mul i32 %0, %NQ
	%46 = add i32 %45, %33
	%47 = mul i32 %46, %NK
	%48 = add i32 %47, %4
	%49 = sext i32 %48 to i64
	%50 = getelementptr i8, i8* %cls, i64 %49
	store i8 %44, i8* %50
	%51 = add i32 %33, 1
	br label %32

52:
	br label %12
}

define ptx_kernel void @pbs_select2(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	br label %17

17:
	%18 = phi i32 [ %0, %entry ], [ %55, %50 ]
	%19 = phi float [ 0xFFF0000000000000, %entry ], [ %54, %50 ]
	%20 = icmp slt i32 %18, %16
	br i1 %20, label %21, label %30

21:
	%22 = icmp slt i32 %18, %NK
	%23 = select i1 %22, i32 %18, i32 0
	%24 = add i32 %10, %23
	%25 = sext i32 %24 to i64
	%26 = getelementptr i8, i8* %cls, i64 %25
	%27 = load i8, i8* %26
	%28 = icmp ne i8 %27, 0
	%29 = and i1 %22, %28
	br i1 %29, label %45, label %50

30:
	%31 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %19, i32 16, i32 31)
	%32 = call float @llvm.nvvm.fmax.f(float %19, float %31)
	%33 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %32, i32 8, i32 31)
	%34 = call float @llvm.nvvm.fmax.f(float %32, float %33)
	%35 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %34, i32 4, i32 31)
	%36 = call float @llvm.nvvm.fmax.f(float %34, float %35)
	%37 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %36, i32 2, i32 31)
	%38 = call float @llvm.nvvm.fmax.f(float %36, float %37)
	%39 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %38, i32 1, i32 31)
	%40 = call float @llvm.nvvm.fmax.f(float %38, float %39)
	%41 = lshr i32 %0, 5
	%42 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%43 = icmp eq i32 %42, 0
	%44 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 %41
	br i1 %43, label %56, label %57

45:
	%46 = add i32 %11, %18
	%47 = sext i32 %46 to i64
	%48 = getelementptr float, float* %e, i64 %47
	%49 = load float, float* %48
	br label %50

50:
	%51 = phi float [ 0xFFF0000000000000, %21 ], [ %49, %45 ]
	%52 = bitcast float %51 to i32
	%53 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %18
	store i32 %52, i32 addrspace(3)* %53
	%54 = call float @llvm.nvvm.fmax.f(float %19, float %51)
	%55 = add i32 %18, 256
	br label %17

56:
	store float %40, float addrspace(3)* %44
	br label %57

57:
	call void @llvm.nvvm.barrier0()
	%58 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 0
	%59 = load float, float addrspace(3)* %58
	%60 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 1
	%61 = load float, float addrspace(3)* %60
	%62 = call float @llvm.nvvm.fmax.f(float %59, float %61)
	%63 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 2
	%64 = load float, float addrspace(3)* %63
	%65 = call float @llvm.nvvm.fmax.f(float %62, float %64)
	%66 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 3
	%67 = load float, float addrspace(3)* %66
	%68 = call float @llvm.nvvm.fmax.f(float %65, float %67)
	%69 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 4
	%70 = load float, float addrspace(3)* %69
	%71 = call float @llvm.nvvm.fmax.f(float %68, float %70)
	%72 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 5
	%73 = load float, float addrspace(3)* %72
	%74 = call float @llvm.nvvm.fmax.f(float %71, float %73)
	%75 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 6
	%76 = load float, float addrspace(3)* %75
	%77 = call float @llvm.nvvm.fmax.f(float %74, float %76)
	%78 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 7
	%79 = load float, float addrspace(3)* %78
	%80 = call float @llvm.nvvm.fmax.f(float %77, float %79)
	%81 = fcmp oeq float %80, 0xFFF0000000000000
	%82 = select i1 %81, float 0.0, float %80
	br label %83

83:
	%84 = phi i32 [ %0, %57 ], [ %99, %87 ]
	%85 = phi float [ 0.0, %57 ], [ %98, %87 ]
	%86 = icmp slt i32 %84, %16
	br i1 %86, label %87, label %100

87:
	%88 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %84
	%89 = load i32, i32 addrspace(3)* %88
	%90 = bitcast i32 %89 to float
	%91 = fcmp one float %90, 0xFFF0000000000000
	%92 = fsub float %90, %82
	%93 = call float @llvm.nvvm.ex2.approx.ftz.f(float %92)
	%94 = select i1 %91, float %93, float -1.0
	%95 = bitcast float %94 to i32
	%96 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %84
	store i32 %95, i32 addrspace(3)* %96
	%97 = select i1 %91, float %93, float 0.0
	%98 = fadd float %85, %97
	%99 = add i32 %84, 256
	br label %83

100:
	%101 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %85, i32 16, i32 31)
	%102 = fadd float %85, %101
	%103 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %102, i32 8, i32 31)
	%104 = fadd float %102, %103
	%105 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %104, i32 4, i32 31)
	%106 = fadd float %104, %105
	%107 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %106, i32 2, i32 31)
	%108 = fadd float %106, %107
	%109 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %108, i32 1, i32 31)
	%110 = fadd float %108, %109
	%111 = lshr i32 %0, 5
	%112 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%113 = icmp eq i32 %112, 0
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 %111
	br i1 %113, label %115, label %116

115:
	store float %110, float addrspace(3)* %114
	br label %116

116:
	call void @llvm.nvvm.barrier0()
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 0
	%118 = load float, float addrspace(3)* %117
	%119 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 1
	%120 = load float, float addrspace(3)* %119
	%121 = fadd float %118, %120
	%122 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 2
	%123 = load float, float addrspace(3)* %122
	%124 = fadd float %121, %123
	%125 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 3
	%126 = load float, float addrspace(3)* %125
	%127 = fadd float %124, %126
	%128 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 4
	%129 = load float, float addrspace(3)* %128
	%130 = fadd float %127, %129
	%131 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 5
	%132 = load float, float addrspace(3)* %131
	%133 = fadd float %130, %132
	%134 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 6
	%135 = load float, float addrspace(3)* %134
	%136 = fadd float %133, %135
	%137 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 7
	%138 = load float, float addrspace(3)* %137
	%139 = fadd float %136, %138
	%140 = fdiv float 1.0, %139
	%141 = mul i32 %1, 64
	%142 = add i32 %141, %off
	%143 = add i32 %1, 1
	%144 = mul i32 %143, 64
	%145 = icmp slt i32 %144, %M
	%146 = select i1 %145, i32 %144, i32 %M
	%147 = sub i32 %146, 1
	%148 = add i32 %147, %off
	%149 = icmp slt i32 %142, 0
	%150 = sub i32 0, %142
	%151 = sub i32 64, 1
	%152 = add i32 %150, %151
	%153 = sdiv i32 %152, 64
	%154 = sub i32 0, %153
	%155 = sdiv i32 %142, 64
	%156 = select i1 %149, i32 %154, i32 %155
	%157 = icmp slt i32 %148, 0
	%158 = sub i32 0, %148
	%159 = sub i32 64, 1
	%160 = add i32 %158, %159
	%161 = sdiv i32 %160, 64
	%162 = sub i32 0, %161
	%163 = sdiv i32 %148, 64
	%164 = select i1 %157, i32 %162, i32 %163
	br label %165

165:
	%166 = phi i32 [ %0, %116 ], [ %219, %196 ]
	%167 = phi float [ 0.0, %116 ], [ %218, %196 ]
	%168 = icmp slt i32 %166, %16
	br i1 %168, label %169, label %177

169:
	%170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %166
	%171 = load i32, i32 addrspace(3)* %170
	%172 = bitcast i32 %171 to float
	%173 = fcmp oge float %172, 0.0
	%174 = fmul float %172, %140
	%175 = select i1 %173, float %174, float -1.0
	%176 = icmp slt i32 %166, %NK
	br i1 %176, label %192, label %196

177:
	%178 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %167, i32 16, i32 31)
	%179 = fadd float %167, %178
	%180 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %179, i32 8, i32 31)
	%181 = fadd float %179, %180
	%182 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %181, i32 4, i32 31)
	%183 = fadd float %181, %182
	%184 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %183, i32 2, i32 31)
	%185 = fadd float %183, %184
	%186 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %185, i32 1, i32 31)
	%187 = fadd float %185, %186
	%188 = lshr i32 %0, 5
	%189 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%190 = icmp eq i32 %189, 0
	%191 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 %188
	br i1 %190, label %220, label %221

192:
	%193 = add i32 %11, %166
	%194 = sext i32 %193 to i64
	%195 = getelementptr float, float* %e, i64 %194
	store float %175, float* %195
	br label %196

196:
	%197 = icmp sge i32 %166, %156
	%198 = icmp sle i32 %166, %164
	%199 = and i1 %197, %198
	%200 = or i1 false, %199
	%201 = mul i32 %1, 64
	%202 = sdiv i32 %201, 256
	%203 = mul i32 %202, 256
	%204 = sdiv i32 %203, 64
	%205 = add i32 %202, 1
	%206 = mul i32 %205, 256
	%207 = sdiv i32 %206, 64
	%208 = icmp sge i32 %166, %204
	%209 = icmp slt i32 %166, %207
	%210 = and i1 %208, %209
	%211 = or i1 %200, %210
	%212 = bitcast float %175 to i32
	%213 = add i32 %212, 2
	%214 = select i1 %211, i32 1, i32 %213
	%215 = select i1 %173, i32 %214, i32 0
	%216 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %166
	store i32 %215, i32 addrspace(3)* %216
	%217 = uitofp i1 %173 to float
	%218 = fadd float %167, %217
	%219 = add i32 %166, 256
	br label %165

220:
	store float %187, float addrspace(3)* %191
	br label %221

221:
	call void @llvm.nvvm.barrier0()
	%222 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 0
	%223 = load float, float addrspace(3)* %222
	%224 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 1
	%225 = load float, float addrspace(3)* %224
	%226 = fadd float %223, %225
	%227 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 2
	%228 = load float, float addrspace(3)* %227
	%229 = fadd float %226, %228
	%230 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 3
	%231 = load float, float addrspace(3)* %230
	%232 = fadd float %229, %231
	%233 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 4
	%234 = load float, float addrspace(3)* %233
	%235 = fadd float %232, %234
	%236 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 5
	%237 = load float, float addrspace(3)* %236
	%238 = fadd float %235, %237
	%239 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 6
	%240 = load float, float addrspace(3)* %239
	%241 = fadd float %238, %240
	%242 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 7
	%243 = load float, float addrspace(3)* %242
	%244 = fadd float %241, %243
	%245 = fptosi float %244 to i32
	%246 = icmp eq i32 %0, 0
	br i1 %246, label %247, label %251

247:
	%248 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 0
	%249 = load i32, i32 addrspace(3)* %248
	%250 = icmp eq i32 %249, 1
	br i1 %250, label %259, label %267

251:
	call void @llvm.nvvm.barrier0()
	%252 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 0
	%253 = load i32, i32 addrspace(3)* %252
	%254 = sub i32 %245, %253
	%255 = icmp sgt i32 64, 0
	%256 = select i1 %255, i32 64, i32 0
	%257 = icmp slt i32 %256, %254
	%258 = select i1 %257, i32 %256, i32 %254
	br label %mass

259:
	%260 = add i32 %13, 0
	%261 = sext i32 %260 to i64
	%262 = getelementptr i32, i32* %list, i64 %261
	store i32 0, i32* %262
	%263 = add i32 %13, %NK
	%264 = add i32 %263, 0
	%265 = sext i32 %264 to i64
	%266 = getelementptr i32, i32* %list, i64 %265
	store i32 1, i32* %266
	br label %267

267:
	%268 = add i32 %11, 0
	%269 = sext i32 %268 to i64
	%270 = getelementptr float, float* %e, i64 %269
	%271 = load float, float* %270
	%272 = add i32 0, 1
	%273 = select i1 %250, i32 %272, i32 0
	%274 = fpext float %271 to double
	%275 = fadd double 0.0, %274
	%276 = select i1 %250, double %275, double 0.0
	%277 = mul i32 %1, 64
	%278 = sdiv i32 %277, 256
	%279 = mul i32 %278, 256
	%280 = sdiv i32 %279, 64
	%281 = add i32 %278, 1
	%282 = mul i32 %281, 256
	%283 = sdiv i32 %282, 64
	%284 = icmp slt i32 %156, %280
	%285 = select i1 %284, i32 %156, i32 %280
	%286 = icmp sgt i32 %285, 1
	%287 = select i1 %286, i32 %285, i32 1
	%288 = add i32 %164, 1
	%289 = icmp sgt i32 %288, %283
	%290 = select i1 %289, i32 %288, i32 %283
	%291 = icmp slt i32 %290, %NK
	%292 = select i1 %291, i32 %290, i32 %NK
	br label %293

293:
	%294 = phi i32 [ %287, %267 ], [ %323, %313 ]
	%295 = phi i32 [ %273, %267 ], [ %319, %313 ]
	%296 = phi double [ %276, %267 ], [ %322, %313 ]
	%297 = icmp slt i32 %294, %292
	br i1 %297, label %298, label %302

298:
	%299 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %294
	%300 = load i32, i32 addrspace(3)* %299
	%301 = icmp eq i32 %300, 1
	br i1 %301, label %305, label %313

302:
	%303 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 0
	store i32 %295, i32 addrspace(3)* %303
	%304 = getelementptr [1 x double], [1 x double] addrspace(3)* @pbs_select2_mass, i32 0, i32 0
	store double %296, double addrspace(3)* %304
	br label %251

305:
	%306 = add i32 %13, %295
	%307 = sext i32 %306 to i64
	%308 = getelementptr i32, i32* %list, i64 %307
	store i32 %294, i32* %308
	%309 = add i32 %13, %NK
	%310 = add i32 %309, %295
	%311 = sext i32 %310 to i64
	%312 = getelementptr i32, i32* %list, i64 %311
	store i32 1, i32* %312
	br label %313

313:
	%314 = add i32 %11, %294
	%315 = sext i32 %314 to i64
	%316 = getelementptr float, float* %e, i64 %315
	%317 = load float, float* %316
	%318 = add i32 %295, 1
	%319 = select i1 %301, i32 %318, i32 %295
	%320 = fpext float %317 to double
	%321 = fadd double %296, %320
	%322 = select i1 %301, double %321, double %296
	%323 = add i32 %294, 1
	br label %293

mass:
	%324 = phi i32 [ %258, %251 ], [ %1092, %1082 ]
	%325 = icmp sgt i32 %324, 0
	br i1 %325, label %topk, label %topk_done

mass_done:
	%326 = icmp sgt i32 %1084, 0
	%327 = select i1 %326, i32 %1084, i32 0
	%328 = add i32 %253, %327
	%329 = add i32 %328, %0
	br label %1442

topk:
	call void @llvm.nvvm.barrier0()
	%330 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %330
	call void @llvm.nvvm.barrier0()
	br label %338

topk_done:
	%331 = sub i32 %324, 1
	%332 = call i32 @llvm.ctlz.i32(i32 %331, i1 false)
	%333 = icmp sgt i32 %324, 1
	%334 = sub i32 32, %332
	%335 = select i1 %333, i32 %334, i32 0
	%336 = shl i32 1, %335
	%337 = add i32 %324, %0
	br label %1002

338:
	%339 = phi i32 [ %0, %topk ], [ %389, %388 ]
	%340 = icmp slt i32 %339, %16
	br i1 %340, label %341, label %357

341:
	%342 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %339
	%343 = load i32, i32 addrspace(3)* %342
	%344 = icmp uge i32 %343, 2
	%345 = and i32 %343, 0
	%346 = icmp eq i32 %345, 0
	%347 = and i1 %344, %346
	%348 = lshr i32 %343, 24
	%349 = and i32 %348, 255
	%350 = select i1 %347, i32 %349, i32 256
	%351 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %350)
	%352 = shl i32 1, %3
	%353 = sub i32 %352, 1
	%354 = and i32 %351, %353
	%355 = icmp eq i32 %354, 0
	%356 = and i1 %347, %355
	br i1 %356, label %384, label %388

357:
	call void @llvm.nvvm.barrier0()
	%358 = sub i32 255, %0
	%359 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %358
	%360 = load i32, i32 addrspace(3)* %359
	%361 = and i32 %0, 31
	%362 = lshr i32 %0, 5
	%363 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %360, i32 1, i32 0)
	%364 = icmp uge i32 %361, 1
	%365 = select i1 %364, i32 %363, i32 0
	%366 = add i32 %360, %365
	%367 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %366, i32 2, i32 0)
	%368 = icmp uge i32 %361, 2
	%369 = select i1 %368, i32 %367, i32 0
	%370 = add i32 %366, %369
	%371 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %370, i32 4, i32 0)
	%372 = icmp uge i32 %361, 4
	%373 = select i1 %372, i32 %371, i32 0
	%374 = add i32 %370, %373
	%375 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %374, i32 8, i32 0)
	%376 = icmp uge i32 %361, 8
	%377 = select i1 %376, i32 %375, i32 0
	%378 = add i32 %374, %377
	%379 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %378, i32 16, i32 0)
	%380 = icmp uge i32 %361, 16
	%381 = select i1 %380, i32 %379, i32 0
	%382 = add i32 %378, %381
	%383 = icmp eq i32 %361, 31
	br i1 %383, label %390, label %392

384:
	%385 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %349
	%386 = call i32 @llvm.ctpop.i32(i32 %351)
	%387 = atomicrmw add i32 addrspace(3)* %385, i32 %386 monotonic
	br label %388

388:
	%389 = add i32 %339, 256
	br label %338

390:
	%391 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %362
	store i32 %382, i32 addrspace(3)* %391
	br label %392

392:
	call void @llvm.nvvm.barrier0()
	%393 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%394 = load i32, i32 addrspace(3)* %393
	%395 = icmp sgt i32 %362, 0
	%396 = select i1 %395, i32 %394, i32 0
	%397 = add i32 0, %396
	%398 = add i32 0, %394
	%399 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%400 = load i32, i32 addrspace(3)* %399
	%401 = icmp sgt i32 %362, 1
	%402 = select i1 %401, i32 %400, i32 0
	%403 = add i32 %397, %402
	%404 = add i32 %398, %400
	%405 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%406 = load i32, i32 addrspace(3)* %405
	%407 = icmp sgt i32 %362, 2
	%408 = select i1 %407, i32 %406, i32 0
	%409 = add i32 %403, %408
	%410 = add i32 %404, %406
	%411 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%412 = load i32, i32 addrspace(3)* %411
	%413 = icmp sgt i32 %362, 3
	%414 = select i1 %413, i32 %412, i32 0
	%415 = add i32 %409, %414
	%416 = add i32 %410, %412
	%417 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%418 = load i32, i32 addrspace(3)* %417
	%419 = icmp sgt i32 %362, 4
	%420 = select i1 %419, i32 %418, i32 0
	%421 = add i32 %415, %420
	%422 = add i32 %416, %418
	%423 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%424 = load i32, i32 addrspace(3)* %423
	%425 = icmp sgt i32 %362, 5
	%426 = select i1 %425, i32 %424, i32 0
	%427 = add i32 %421, %426
	%428 = add i32 %422, %424
	%429 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%430 = load i32, i32 addrspace(3)* %429
	%431 = icmp sgt i32 %362, 6
	%432 = select i1 %431, i32 %430, i32 0
	%433 = add i32 %427, %432
	%434 = add i32 %428, %430
	%435 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%436 = load i32, i32 addrspace(3)* %435
	%437 = icmp sgt i32 %362, 7
	%438 = select i1 %437, i32 %436, i32 0
	%439 = add i32 %433, %438
	%440 = add i32 %434, %436
	%441 = add i32 %439, %382
	%442 = sub i32 %441, %360
	%443 = icmp slt i32 %442, %324
	%444 = add i32 %442, %360
	%445 = icmp sle i32 %324, %444
	%446 = and i1 %443, %445
	br i1 %446, label %447, label %450

447:
	%448 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	store i32 %358, i32 addrspace(3)* %448
	%449 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	store i32 %442, i32 addrspace(3)* %449
	br label %450

450:
	call void @llvm.nvvm.barrier0()
	%451 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	%452 = load i32, i32 addrspace(3)* %451
	%453 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	%454 = load i32, i32 addrspace(3)* %453
	%455 = sub i32 %324, %454
	%456 = shl i32 %452, 24
	%457 = or i32 0, %456
	%458 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%459 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %459
	call void @llvm.nvvm.barrier0()
	br label %460

460:
	%461 = phi i32 [ %0, %450 ], [ %511, %510 ]
	%462 = icmp slt i32 %461, %16
	br i1 %462, label %463, label %479

463:
	%464 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %461
	%465 = load i32, i32 addrspace(3)* %464
	%466 = icmp uge i32 %465, 2
	%467 = and i32 %465, %458
	%468 = icmp eq i32 %467, %457
	%469 = and i1 %466, %468
	%470 = lshr i32 %465, 16
	%471 = and i32 %470, 255
	%472 = select i1 %469, i32 %471, i32 256
	%473 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %472)
	%474 = shl i32 1, %3
	%475 = sub i32 %474, 1
	%476 = and i32 %473, %475
	%477 = icmp eq i32 %476, 0
	%478 = and i1 %469, %477
	br i1 %478, label %506, label %510

479:
	call void @llvm.nvvm.barrier0()
	%480 = sub i32 255, %0
	%481 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %480
	%482 = load i32, i32 addrspace(3)* %481
	%483 = and i32 %0, 31
	%484 = lshr i32 %0, 5
	%485 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %482, i32 1, i32 0)
	%486 = icmp uge i32 %483, 1
	%487 = select i1 %486, i32 %485, i32 0
	%488 = add i32 %482, %487
	%489 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %488, i32 2, i32 0)
	%490 = icmp uge i32 %483, 2
	%491 = select i1 %490, i32 %489, i32 0
	%492 = add i32 %488, %491
	%493 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %492, i32 4, i32 0)
	%494 = icmp uge i32 %483, 4
	%495 = select i1 %494, i32 %493, i32 0
	%496 = add i32 %492, %495
	%497 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %496, i32 8, i32 0)
	%498 = icmp uge i32 %483, 8
	%499 = select i1 %498, i32 %497, i32 0
	%500 = add i32 %496, %499
	%501 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %500, i32 16, i32 0)
	%502 = icmp uge i32 %483, 16
	%503 = select i1 %502, i32 %501, i32 0
	%504 = add i32 %500, %503
	%505 = icmp eq i32 %483, 31
	br i1 %505, label %512, label %514

506:
	%507 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %471
	%508 = call i32 @llvm.ctpop.i32(i32 %473)
	%509 = atomicrmw add i32 addrspace(3)* %507, i32 %508 monotonic
	br label %510

510:
	%511 = add i32 %461, 256
	br label %460

512:
	%513 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %484
	store i32 %504, i32 addrspace(3)* %513
	br label %514

514:
	call void @llvm.nvvm.barrier0()
	%515 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%516 = load i32, i32 addrspace(3)* %515
	%517 = icmp sgt i32 %484, 0
	%518 = select i1 %517, i32 %516, i32 0
	%519 = add i32 0, %518
	%520 = add i32 0, %516
	%521 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%522 = load i32, i32 addrspace(3)* %521
	%523 = icmp sgt i32 %484, 1
	%524 = select i1 %523, i32 %522, i32 0
	%525 = add i32 %519, %524
	%526 = add i32 %520, %522
	%527 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%528 = load i32, i32 addrspace(3)* %527
	%529 = icmp sgt i32 %484, 2
	%530 = select i1 %529, i32 %528, i32 0
	%531 = add i32 %525, %530
	%532 = add i32 %526, %528
	%533 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%534 = load i32, i32 addrspace(3)* %533
	%535 = icmp sgt i32 %484, 3
	%536 = select i1 %535, i32 %534, i32 0
	%537 = add i32 %531, %536
	%538 = add i32 %532, %534
	%539 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%540 = load i32, i32 addrspace(3)* %539
	%541 = icmp sgt i32 %484, 4
	%542 = select i1 %541, i32 %540, i32 0
	%543 = add i32 %537, %542
	%544 = add i32 %538, %540
	%545 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%546 = load i32, i32 addrspace(3)* %545
	%547 = icmp sgt i32 %484, 5
	%548 = select i1 %547, i32 %546, i32 0
	%549 = add i32 %543, %548
	%550 = add i32 %544, %546
	%551 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%552 = load i32, i32 addrspace(3)* %551
	%553 = icmp sgt i32 %484, 6
	%554 = select i1 %553, i32 %552, i32 0
	%555 = add i32 %549, %554
	%556 = add i32 %550, %552
	%557 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%558 = load i32, i32 addrspace(3)* %557
	%559 = icmp sgt i32 %484, 7
	%560 = select i1 %559, i32 %558, i32 0
	%561 = add i32 %555, %560
	%562 = add i32 %556, %558
	%563 = add i32 %561, %504
	%564 = sub i32 %563, %482
	%565 = icmp slt i32 %564, %455
	%566 = add i32 %564, %482
	%567 = icmp sle i32 %455, %566
	%568 = and i1 %565, %567
	br i1 %568, label %569, label %572

569:
	%570 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	store i32 %480, i32 addrspace(3)* %570
	%571 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	store i32 %564, i32 addrspace(3)* %571
	br label %572

572:
	call void @llvm.nvvm.barrier0()
	%573 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	%574 = load i32, i32 addrspace(3)* %573
	%575 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	%576 = load i32, i32 addrspace(3)* %575
	%577 = sub i32 %455, %576
	%578 = shl i32 %574, 16
	%579 = or i32 %457, %578
	%580 = or i32 %458, u0xFF0000
	call void @llvm.nvvm.barrier0()
	%581 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %581
	call void @llvm.nvvm.barrier0()
	br label %582

582:
	%583 = phi i32 [ %0, %572 ], [ %633, %632 ]
	%584 = icmp slt i32 %583, %16
	br i1 %584, label %585, label %601

585:
	%586 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %583
	%587 = load i32, i32 addrspace(3)* %586
	%588 = icmp uge i32 %587, 2
	%589 = and i32 %587, %580
	%590 = icmp eq i32 %589, %579
	%591 = and i1 %588, %590
	%592 = lshr i32 %587, 8
	%593 = and i32 %592, 255
	%594 = select i1 %591, i32 %593, i32 256
	%595 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %594)
	%596 = shl i32 1, %3
	%597 = sub i32 %596, 1
	%598 = and i32 %595, %597
	%599 = icmp eq i32 %598, 0
	%600 = and i1 %591, %599
	br i1 %600, label %628, label %632

601:
	call void @llvm.nvvm.barrier0()
	%602 = sub i32 255, %0
	%603 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %602
	%604 = load i32, i32 addrspace(3)* %603
	%605 = and i32 %0, 31
	%606 = lshr i32 %0, 5
	%607 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %604, i32 1, i32 0)
	%608 = icmp uge i32 %605, 1
	%609 = select i1 %608, i32 %607, i32 0
	%610 = add i32 %604, %609
	%611 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %610, i32 2, i32 0)
	%612 = icmp uge i32 %605, 2
	%613 = select i1 %612, i32 %611, i32 0
	%614 = add i32 %610, %613
	%615 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %614, i32 4, i32 0)
	%616 = icmp uge i32 %605, 4
	%617 = select i1 %616, i32 %615, i32 0
	%618 = add i32 %614, %617
	%619 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %618, i32 8, i32 0)
	%620 = icmp uge i32 %605, 8
	%621 = select i1 %620, i32 %619, i32 0
	%622 = add i32 %618, %621
	%623 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %622, i32 16, i32 0)
	%624 = icmp uge i32 %605, 16
	%625 = select i1 %624, i32 %623, i32 0
	%626 = add i32 %622, %625
	%627 = icmp eq i32 %605, 31
	br i1 %627, label %634, label %636

628:
	%629 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %593
	%630 = call i32 @llvm.ctpop.i32(i32 %595)
	%631 = atomicrmw add i32 addrspace(3)* %629, i32 %630 monotonic
	br label %632

632:
	%633 = add i32 %583, 256
	br label %582

634:
	%635 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %606
	store i32 %626, i32 addrspace(3)* %635
	br label %636

636:
	call void @llvm.nvvm.barrier0()
	%637 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%638 = load i32, i32 addrspace(3)* %637
	%639 = icmp sgt i32 %606, 0
	%640 = select i1 %639, i32 %638, i32 0
	%641 = add i32 0, %640
	%642 = add i32 0, %638
	%643 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%644 = load i32, i32 addrspace(3)* %643
	%645 = icmp sgt i32 %606, 1
	%646 = select i1 %645, i32 %644, i32 0
	%647 = add i32 %641, %646
	%648 = add i32 %642, %644
	%649 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%650 = load i32, i32 addrspace(3)* %649
	%651 = icmp sgt i32 %606, 2
	%652 = select i1 %651, i32 %650, i32 0
	%653 = add i32 %647, %652
	%654 = add i32 %648, %650
	%655 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%656 = load i32, i32 addrspace(3)* %655
	%657 = icmp sgt i32 %606, 3
	%658 = select i1 %657, i32 %656, i32 0
	%659 = add i32 %653, %658
	%660 = add i32 %654, %656
	%661 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%662 = load i32, i32 addrspace(3)* %661
	%663 = icmp sgt i32 %606, 4
	%664 = select i1 %663, i32 %662, i32 0
	%665 = add i32 %659, %664
	%666 = add i32 %660, %662
	%667 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%668 = load i32, i32 addrspace(3)* %667
	%669 = icmp sgt i32 %606, 5
	%670 = select i1 %669, i32 %668, i32 0
	%671 = add i32 %665, %670
	%672 = add i32 %666, %668
	%673 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%674 = load i32, i32 addrspace(3)* %673
	%675 = icmp sgt i32 %606, 6
	%676 = select i1 %675, i32 %674, i32 0
	%677 = add i32 %671, %676
	%678 = add i32 %672, %674
	%679 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%680 = load i32, i32 addrspace(3)* %679
	%681 = icmp sgt i32 %606, 7
	%682 = select i1 %681, i32 %680, i32 0
	%683 = add i32 %677, %682
	%684 = add i32 %678, %680
	%685 = add i32 %683, %626
	%686 = sub i32 %685, %604
	%687 = icmp slt i32 %686, %577
	%688 = add i32 %686, %604
	%689 = icmp sle i32 %577, %688
	%690 = and i1 %687, %689
	br i1 %690, label %691, label %694

691:
	%692 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	store i32 %602, i32 addrspace(3)* %692
	%693 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	store i32 %686, i32 addrspace(3)* %693
	br label %694

694:
	call void @llvm.nvvm.barrier0()
	%695 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	%696 = load i32, i32 addrspace(3)* %695
	%697 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	%698 = load i32, i32 addrspace(3)* %697
	%699 = sub i32 %577, %698
	%700 = shl i32 %696, 8
	%701 = or i32 %579, %700
	%702 = or i32 %580, u0xFF00
	call void @llvm.nvvm.barrier0()
	%703 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %703
	call void @llvm.nvvm.barrier0()
	br label %704

704:
	%705 = phi i32 [ %0, %694 ], [ %755, %754 ]
	%706 = icmp slt i32 %705, %16
	br i1 %706, label %707, label %723

707:
	%708 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %705
	%709 = load i32, i32 addrspace(3)* %708
	%710 = icmp uge i32 %709, 2
	%711 = and i32 %709, %702
	%712 = icmp eq i32 %711, %701
	%713 = and i1 %710, %712
	%714 = lshr i32 %709, 0
	%715 = and i32 %714, 255
	%716 = select i1 %713, i32 %715, i32 256
	%717 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %716)
	%718 = shl i32 1, %3
	%719 = sub i32 %718, 1
	%720 = and i32 %717, %719
	%721 = icmp eq i32 %720, 0
	%722 = and i1 %713, %721
	br i1 %722, label %750, label %754

723:
	call void @llvm.nvvm.barrier0()
	%724 = sub i32 255, %0
	%725 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %724
	%726 = load i32, i32 addrspace(3)* %725
	%727 = and i32 %0, 31
	%728 = lshr i32 %0, 5
	%729 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %726, i32 1, i32 0)
	%730 = icmp uge i32 %727, 1
	%731 = select i1 %730, i32 %729, i32 0
	%732 = add i32 %726, %731
	%733 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %732, i32 2, i32 0)
	%734 = icmp uge i32 %727, 2
	%735 = select i1 %734, i32 %733, i32 0
	%736 = add i32 %732, %735
	%737 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %736, i32 4, i32 0)
	%738 = icmp uge i32 %727, 4
	%739 = select i1 %738, i32 %737, i32 0
	%740 = add i32 %736, %739
	%741 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %740, i32 8, i32 0)
	%742 = icmp uge i32 %727, 8
	%743 = select i1 %742, i32 %741, i32 0
	%744 = add i32 %740, %743
	%745 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %744, i32 16, i32 0)
	%746 = icmp uge i32 %727, 16
	%747 = select i1 %746, i32 %745, i32 0
	%748 = add i32 %744, %747
	%749 = icmp eq i32 %727, 31
	br i1 %749, label %756, label %758

750:
	%751 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %715
	%752 = call i32 @llvm.ctpop.i32(i32 %717)
	%753 = atomicrmw add i32 addrspace(3)* %751, i32 %752 monotonic
	br label %754

754:
	%755 = add i32 %705, 256
	br label %704

756:
	%757 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %728
	store i32 %748, i32 addrspace(3)* %757
	br label %758

758:
	call void @llvm.nvvm.barrier0()
	%759 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%760 = load i32, i32 addrspace(3)* %759
	%761 = icmp sgt i32 %728, 0
	%762 = select i1 %761, i32 %760, i32 0
	%763 = add i32 0, %762
	%764 = add i32 0, %760
	%765 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%766 = load i32, i32 addrspace(3)* %765
	%767 = icmp sgt i32 %728, 1
	%768 = select i1 %767, i32 %766, i32 0
	%769 = add i32 %763, %768
	%770 = add i32 %764, %766
	%771 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%772 = load i32, i32 addrspace(3)* %771
	%773 = icmp sgt i32 %728, 2
	%774 = select i1 %773, i32 %772, i32 0
	%775 = add i32 %769, %774
	%776 = add i32 %770, %772
	%777 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%778 = load i32, i32 addrspace(3)* %777
	%779 = icmp sgt i32 %728, 3
	%780 = select i1 %779, i32 %778, i32 0
	%781 = add i32 %775, %780
	%782 = add i32 %776, %778
	%783 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%784 = load i32, i32 addrspace(3)* %783
	%785 = icmp sgt i32 %728, 4
	%786 = select i1 %785, i32 %784, i32 0
	%787 = add i32 %781, %786
	%788 = add i32 %782, %784
	%789 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%790 = load i32, i32 addrspace(3)* %789
	%791 = icmp sgt i32 %728, 5
	%792 = select i1 %791, i32 %790, i32 0
	%793 = add i32 %787, %792
	%794 = add i32 %788, %790
	%795 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%796 = load i32, i32 addrspace(3)* %795
	%797 = icmp sgt i32 %728, 6
	%798 = select i1 %797, i32 %796, i32 0
	%799 = add i32 %793, %798
	%800 = add i32 %794, %796
	%801 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%802 = load i32, i32 addrspace(3)* %801
	%803 = icmp sgt i32 %728, 7
	%804 = select i1 %803, i32 %802, i32 0
	%805 = add i32 %799, %804
	%806 = add i32 %800, %802
	%807 = add i32 %805, %748
	%808 = sub i32 %807, %726
	%809 = icmp slt i32 %808, %699
	%810 = add i32 %808, %726
	%811 = icmp sle i32 %699, %810
	%812 = and i1 %809, %811
	br i1 %812, label %813, label %816

813:
	%814 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	store i32 %724, i32 addrspace(3)* %814
	%815 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	store i32 %808, i32 addrspace(3)* %815
	br label %816

816:
	call void @llvm.nvvm.barrier0()
	%817 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	%818 = load i32, i32 addrspace(3)* %817
	%819 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	%820 = load i32, i32 addrspace(3)* %819
	%821 = sub i32 %699, %820
	%822 = shl i32 %818, 0
	%823 = or i32 %701, %822
	%824 = or i32 %702, 255
	br label %825

825:
	%826 = phi i32 [ 0, %816 ], [ %1001, %998 ]
	%827 = phi i32 [ 0, %816 ], [ %999, %998 ]
	%828 = phi i32 [ 0, %816 ], [ %1000, %998 ]
	%829 = icmp slt i32 %826, %16
	br i1 %829, label %830, label %859

830:
	%831 = add i32 %826, %0
	%832 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %831
	%833 = load i32, i32 addrspace(3)* %832
	%834 = icmp eq i32 %833, %823
	%835 = zext i1 %834 to i32
	%836 = and i32 %0, 31
	%837 = lshr i32 %0, 5
	%838 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %835, i32 1, i32 0)
	%839 = icmp uge i32 %836, 1
	%840 = select i1 %839, i32 %838, i32 0
	%841 = add i32 %835, %840
	%842 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %841, i32 2, i32 0)
	%843 = icmp uge i32 %836, 2
	%844 = select i1 %843, i32 %842, i32 0
	%845 = add i32 %841, %844
	%846 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %845, i32 4, i32 0)
	%847 = icmp uge i32 %836, 4
	%848 = select i1 %847, i32 %846, i32 0
	%849 = add i32 %845, %848
	%850 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %849, i32 8, i32 0)
	%851 = icmp uge i32 %836, 8
	%852 = select i1 %851, i32 %850, i32 0
	%853 = add i32 %849, %852
	%854 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %853, i32 16, i32 0)
	%855 = icmp uge i32 %836, 16
	%856 = select i1 %855, i32 %854, i32 0
	%857 = add i32 %853, %856
	%858 = icmp eq i32 %836, 31
	br i1 %858, label %860, label %862

859:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

860:
	%861 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %837
	store i32 %857, i32 addrspace(3)* %861
	br label %862

862:
	call void @llvm.nvvm.barrier0()
	%863 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%864 = load i32, i32 addrspace(3)* %863
	%865 = icmp sgt i32 %837, 0
	%866 = select i1 %865, i32 %864, i32 0
	%867 = add i32 0, %866
	%868 = add i32 0, %864
	%869 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%870 = load i32, i32 addrspace(3)* %869
	%871 = icmp sgt i32 %837, 1
	%872 = select i1 %871, i32 %870, i32 0
	%873 = add i32 %867, %872
	%874 = add i32 %868, %870
	%875 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%876 = load i32, i32 addrspace(3)* %875
	%877 = icmp sgt i32 %837, 2
	%878 = select i1 %877, i32 %876, i32 0
	%879 = add i32 %873, %878
	%880 = add i32 %874, %876
	%881 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%882 = load i32, i32 addrspace(3)* %881
	%883 = icmp sgt i32 %837, 3
	%884 = select i1 %883, i32 %882, i32 0
	%885 = add i32 %879, %884
	%886 = add i32 %880, %882
	%887 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%888 = load i32, i32 addrspace(3)* %887
	%889 = icmp sgt i32 %837, 4
	%890 = select i1 %889, i32 %888, i32 0
	%891 = add i32 %885, %890
	%892 = add i32 %886, %888
	%893 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%894 = load i32, i32 addrspace(3)* %893
	%895 = icmp sgt i32 %837, 5
	%896 = select i1 %895, i32 %894, i32 0
	%897 = add i32 %891, %896
	%898 = add i32 %892, %894
	%899 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%900 = load i32, i32 addrspace(3)* %899
	%901 = icmp sgt i32 %837, 6
	%902 = select i1 %901, i32 %900, i32 0
	%903 = add i32 %897, %902
	%904 = add i32 %898, %900
	%905 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%906 = load i32, i32 addrspace(3)* %905
	%907 = icmp sgt i32 %837, 7
	%908 = select i1 %907, i32 %906, i32 0
	%909 = add i32 %903, %908
	%910 = add i32 %904, %906
	%911 = add i32 %909, %857
	%912 = sub i32 %911, %835
	%913 = icmp ugt i32 %833, %823
	%914 = add i32 %827, %912
	%915 = icmp slt i32 %914, %821
	%916 = and i1 %834, %915
	%917 = or i1 %913, %916
	%918 = zext i1 %917 to i32
	%919 = and i32 %0, 31
	%920 = lshr i32 %0, 5
	%921 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %918, i32 1, i32 0)
	%922 = icmp uge i32 %919, 1
	%923 = select i1 %922, i32 %921, i32 0
	%924 = add i32 %918, %923
	%925 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %924, i32 2, i32 0)
	%926 = icmp uge i32 %919, 2
	%927 = select i1 %926, i32 %925, i32 0
	%928 = add i32 %924, %927
	%929 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %928, i32 4, i32 0)
	%930 = icmp uge i32 %919, 4
	%931 = select i1 %930, i32 %929, i32 0
	%932 = add i32 %928, %931
	%933 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %932, i32 8, i32 0)
	%934 = icmp uge i32 %919, 8
	%935 = select i1 %934, i32 %933, i32 0
	%936 = add i32 %932, %935
	%937 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %936, i32 16, i32 0)
	%938 = icmp uge i32 %919, 16
	%939 = select i1 %938, i32 %937, i32 0
	%940 = add i32 %936, %939
	%941 = icmp eq i32 %919, 31
	br i1 %941, label %942, label %944

942:
	%943 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 %920
	store i32 %940, i32 addrspace(3)* %943
	br label %944

944:
	call void @llvm.nvvm.barrier0()
	%945 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 0
	%946 = load i32, i32 addrspace(3)* %945
	%947 = icmp sgt i32 %920, 0
	%948 = select i1 %947, i32 %946, i32 0
	%949 = add i32 0, %948
	%950 = add i32 0, %946
	%951 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 1
	%952 = load i32, i32 addrspace(3)* %951
	%953 = icmp sgt i32 %920, 1
	%954 = select i1 %953, i32 %952, i32 0
	%955 = add i32 %949, %954
	%956 = add i32 %950, %952
	%957 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 2
	%958 = load i32, i32 addrspace(3)* %957
	%959 = icmp sgt i32 %920, 2
	%960 = select i1 %959, i32 %958, i32 0
	%961 = add i32 %955, %960
	%962 = add i32 %956, %958
	%963 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 3
	%964 = load i32, i32 addrspace(3)* %963
	%965 = icmp sgt i32 %920, 3
	%966 = select i1 %965, i32 %964, i32 0
	%967 = add i32 %961, %966
	%968 = add i32 %962, %964
	%969 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 4
	%970 = load i32, i32 addrspace(3)* %969
	%971 = icmp sgt i32 %920, 4
	%972 = select i1 %971, i32 %970, i32 0
	%973 = add i32 %967, %972
	%974 = add i32 %968, %970
	%975 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 5
	%976 = load i32, i32 addrspace(3)* %975
	%977 = icmp sgt i32 %920, 5
	%978 = select i1 %977, i32 %976, i32 0
	%979 = add i32 %973, %978
	%980 = add i32 %974, %976
	%981 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 6
	%982 = load i32, i32 addrspace(3)* %981
	%983 = icmp sgt i32 %920, 6
	%984 = select i1 %983, i32 %982, i32 0
	%985 = add i32 %979, %984
	%986 = add i32 %980, %982
	%987 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 7
	%988 = load i32, i32 addrspace(3)* %987
	%989 = icmp sgt i32 %920, 7
	%990 = select i1 %989, i32 %988, i32 0
	%991 = add i32 %985, %990
	%992 = add i32 %986, %988
	%993 = add i32 %991, %940
	%994 = sub i32 %993, %918
	br i1 %917, label %995, label %998

995:
	%996 = add i32 %828, %994
	%997 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %996
	store i32 %831, i32 addrspace(3)* %997
	br label %998

998:
	%999 = add i32 %827, %910
	%1000 = add i32 %828, %992
	%1001 = add i32 %826, 256
	br label %825

1002:
	%1003 = phi i32 [ %337, %topk_done ], [ %1007, %1005 ]
	%1004 = icmp slt i32 %1003, %336
	br i1 %1004, label %1005, label %1008

1005:
	%1006 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1003
	store i32 -1, i32 addrspace(3)* %1006
	%1007 = add i32 %1003, 256
	br label %1002

1008:
	call void @llvm.nvvm.barrier0()
	%1009 = add i32 %335, 1
	br label %1010

1010:
	%1011 = phi i32 [ 1, %1008 ], [ %1024, %1023 ]
	%1012 = icmp slt i32 %1011, %1009
	br i1 %1012, label %1013, label %1015

1013:
	%1014 = shl i32 1, %1011
	br label %1016

1015:
	br label %1062

1016:
	%1017 = phi i32 [ 0, %1013 ], [ %1032, %1031 ]
	%1018 = icmp slt i32 %1017, %1011
	br i1 %1018, label %1019, label %1023

1019:
	%1020 = sub i32 %1011, 1
	%1021 = sub i32 %1020, %1017
	%1022 = shl i32 1, %1021
	br label %1025

1023:
	%1024 = add i32 %1011, 1
	br label %1010

1025:
	%1026 = phi i32 [ %0, %1019 ], [ %1057, %1056 ]
	%1027 = icmp slt i32 %1026, %336
	br i1 %1027, label %1028, label %1031

1028:
	%1029 = xor i32 %1026, %1022
	%1030 = icmp sgt i32 %1029, %1026
	br i1 %1030, label %1033, label %1056

1031:
	call void @llvm.nvvm.barrier0()
	%1032 = add i32 %1017, 1
	br label %1016

1033:
	%1034 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1026
	%1035 = load i32, i32 addrspace(3)* %1034
	%1036 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1029
	%1037 = load i32, i32 addrspace(3)* %1036
	%1038 = and i32 %1026, %1014
	%1039 = icmp eq i32 %1038, 0
	%1040 = icmp sge i32 %1037, 0
	%1041 = select i1 %1040, i32 %1037, i32 0
	%1042 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1041
	%1043 = load i32, i32 addrspace(3)* %1042
	%1044 = select i1 %1040, i32 %1043, i32 0
	%1045 = icmp sge i32 %1035, 0
	%1046 = select i1 %1045, i32 %1035, i32 0
	%1047 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1046
	%1048 = load i32, i32 addrspace(3)* %1047
	%1049 = select i1 %1045, i32 %1048, i32 0
	%1050 = icmp ugt i32 %1044, %1049
	%1051 = icmp eq i32 %1044, %1049
	%1052 = icmp slt i32 %1037, %1035
	%1053 = and i1 %1051, %1052
	%1054 = or i1 %1050, %1053
	%1055 = icmp eq i1 %1054, %1039
	br i1 %1055, label %1058, label %1061

1056:
	%1057 = add i32 %1026, 256
	br label %1025

1058:
	%1059 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1026
	store i32 %1037, i32 addrspace(3)* %1059
	%1060 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1029
	store i32 %1035, i32 addrspace(3)* %1060
	br label %1061

1061:
	br label %1056

1062:
	%1063 = phi i32 [ %0, %1015 ], [ %1076, %1065 ]
	%1064 = icmp slt i32 %1063, %324
	br i1 %1064, label %1065, label %1077

1065:
	%1066 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1063
	%1067 = load i32, i32 addrspace(3)* %1066
	%1068 = add i32 %253, %1063
	%1069 = add i32 %13, %1068
	%1070 = sext i32 %1069 to i64
	%1071 = getelementptr i32, i32* %list, i64 %1070
	store i32 %1067, i32* %1071
	%1072 = add i32 %13, %NK
	%1073 = add i32 %1072, %1068
	%1074 = sext i32 %1073 to i64
	%1075 = getelementptr i32, i32* %list, i64 %1074
	store i32 0, i32* %1075
	%1076 = add i32 %1063, 256
	br label %1062

1077:
	call void @llvm.nvvm.barrier0()
	%1078 = icmp eq i32 %4, 0
	br i1 %1078, label %1079, label %1082

1079:
	%1080 = getelementptr [1 x double], [1 x double] addrspace(3)* @pbs_select2_mass, i32 0, i32 0
	%1081 = load double, double addrspace(3)* %1080
	br label %1093

1082:
	call void @llvm.nvvm.barrier0()
	%1083 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 1
	%1084 = load i32, i32 addrspace(3)* %1083
	%1085 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 2
	%1086 = load i32, i32 addrspace(3)* %1085
	%1087 = icmp ne i32 %1086, 0
	%1088 = icmp sge i32 %324, %254
	%1089 = or i1 %1087, %1088
	%1090 = mul i32 %324, 4
	%1091 = icmp slt i32 %1090, %254
	%1092 = select i1 %1091, i32 %1090, i32 %254
	br i1 %1089, label %mass_done, label %mass

1093:
	%1094 = phi i32 [ 0, %1079 ], [ %1435, %1113 ]
	%1095 = phi double [ %1081, %1079 ], [ %1432, %1113 ]
	%1096 = phi i32 [ 0, %1079 ], [ %1434, %1113 ]
	%1097 = icmp slt i32 %1094, %324
	br i1 %1097, label %1098, label %1101

1098:
	%1099 = add i32 %1094, %3
	%1100 = icmp slt i32 %1099, %324
	br i1 %1100, label %1103, label %1113

1101:
	%1102 = icmp eq i32 %3, 0
	br i1 %1102, label %1436, label %1441

1103:
	%1104 = add i32 %13, %253
	%1105 = add i32 %1104, %1099
	%1106 = sext i32 %1105 to i64
	%1107 = getelementptr i32, i32* %list, i64 %1106
	%1108 = load i32, i32* %1107
	%1109 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1108
	%1110 = load i32, i32 addrspace(3)* %1109
	%1111 = sub i32 %1110, 2
	%1112 = bitcast i32 %1111 to float
	br label %1113

1113:
	%1114 = phi float [ 0.0, %1098 ], [ %1112, %1103 ]
	%1115 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 0, i32 31)
	%1116 = fcmp olt double %1095, 0x3FECCCCCCCCCCCCD
	%1117 = add i32 %1094, 0
	%1118 = icmp slt i32 %1117, %324
	%1119 = and i1 %1116, %1118
	%1120 = fpext float %1115 to double
	%1121 = fadd double %1095, %1120
	%1122 = select i1 %1119, double %1121, double %1095
	%1123 = add i32 %1096, 1
	%1124 = select i1 %1119, i32 %1123, i32 %1096
	%1125 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 1, i32 31)
	%1126 = fcmp olt double %1122, 0x3FECCCCCCCCCCCCD
	%1127 = add i32 %1094, 1
	%1128 = icmp slt i32 %1127, %324
	%1129 = and i1 %1126, %1128
	%1130 = fpext float %1125 to double
	%1131 = fadd double %1122, %1130
	%1132 = select i1 %1129, double %1131, double %1122
	%1133 = add i32 %1124, 1
	%1134 = select i1 %1129, i32 %1133, i32 %1124
	%1135 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 2, i32 31)
	%1136 = fcmp olt double %1132, 0x3FECCCCCCCCCCCCD
	%1137 = add i32 %1094, 2
	%1138 = icmp slt i32 %1137, %324
	%1139 = and i1 %1136, %1138
	%1140 = fpext float %1135 to double
	%1141 = fadd double %1132, %1140
	%1142 = select i1 %1139, double %1141, double %1132
	%1143 = add i32 %1134, 1
	%1144 = select i1 %1139, i32 %1143, i32 %1134
	%1145 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 3, i32 31)
	%1146 = fcmp olt double %1142, 0x3FECCCCCCCCCCCCD
	%1147 = add i32 %1094, 3
	%1148 = icmp slt i32 %1147, %324
	%1149 = and i1 %1146, %1148
	%1150 = fpext float %1145 to double
	%1151 = fadd double %1142, %1150
	%1152 = select i1 %1149, double %1151, double %1142
	%1153 = add i32 %1144, 1
	%1154 = select i1 %1149, i32 %1153, i32 %1144
	%1155 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 4, i32 31)
	%1156 = fcmp olt double %1152, 0x3FECCCCCCCCCCCCD
	%1157 = add i32 %1094, 4
	%1158 = icmp slt i32 %1157, %324
	%1159 = and i1 %1156, %1158
	%1160 = fpext float %1155 to double
	%1161 = fadd double %1152, %1160
	%1162 = select i1 %1159, double %1161, double %1152
	%1163 = add i32 %1154, 1
	%1164 = select i1 %1159, i32 %1163, i32 %1154
	%1165 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 5, i32 31)
	%1166 = fcmp olt double %1162, 0x3FECCCCCCCCCCCCD
	%1167 = add i32 %1094, 5
	%1168 = icmp slt i32 %1167, %324
	%1169 = and i1 %1166, %1168
	%1170 = fpext float %1165 to double
	%1171 = fadd double %1162, %1170
	%1172 = select i1 %1169, double %1171, double %1162
	%1173 = add i32 %1164, 1
	%1174 = select i1 %1169, i32 %1173, i32 %1164
	%1175 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 6, i32 31)
	%1176 = fcmp olt double %1172, 0x3FECCCCCCCCCCCCD
	%1177 = add i32 %1094, 6
	%1178 = icmp slt i32 %1177, %324
	%1179 = and i1 %1176, %1178
	%1180 = fpext float %1175 to double
	%1181 = fadd double %1172, %1180
	%1182 = select i1 %1179, double %1181, double %1172
	%1183 = add i32 %1174, 1
	%1184 = select i1 %1179, i32 %1183, i32 %1174
	%1185 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 7, i32 31)
	%1186 = fcmp olt double %1182, 0x3FECCCCCCCCCCCCD
	%1187 = add i32 %1094, 7
	%1188 = icmp slt i32 %1187, %324
	%1189 = and i1 %1186, %1188
	%1190 = fpext float %1185 to double
	%1191 = fadd double %1182, %1190
	%1192 = select i1 %1189, double %1191, double %1182
	%1193 = add i32 %1184, 1
	%1194 = select i1 %1189, i32 %1193, i32 %1184
	%1195 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 8, i32 31)
	%1196 = fcmp olt double %1192, 0x3FECCCCCCCCCCCCD
	%1197 = add i32 %1094, 8
	%1198 = icmp slt i32 %1197, %324
	%1199 = and i1 %1196, %1198
	%1200 = fpext float %1195 to double
	%1201 = fadd double %1192, %1200
	%1202 = select i1 %1199, double %1201, double %1192
	%1203 = add i32 %1194, 1
	%1204 = select i1 %1199, i32 %1203, i32 %1194
	%1205 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 9, i32 31)
	%1206 = fcmp olt double %1202, 0x3FECCCCCCCCCCCCD
	%1207 = add i32 %1094, 9
	%1208 = icmp slt i32 %1207, %324
	%1209 = and i1 %1206, %1208
	%1210 = fpext float %1205 to double
	%1211 = fadd double %1202, %1210
	%1212 = select i1 %1209, double %1211, double %1202
	%1213 = add i32 %1204, 1
	%1214 = select i1 %1209, i32 %1213, i32 %1204
	%1215 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 10, i32 31)
	%1216 = fcmp olt double %1212, 0x3FECCCCCCCCCCCCD
	%1217 = add i32 %1094, 10
	%1218 = icmp slt i32 %1217, %324
	%1219 = and i1 %1216, %1218
	%1220 = fpext float %1215 to double
	%1221 = fadd double %1212, %1220
	%1222 = select i1 %1219, double %1221, double %1212
	%1223 = add i32 %1214, 1
	%1224 = select i1 %1219, i32 %1223, i32 %1214
	%1225 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 11, i32 31)
	%1226 = fcmp olt double %1222, 0x3FECCCCCCCCCCCCD
	%1227 = add i32 %1094, 11
	%1228 = icmp slt i32 %1227, %324
	%1229 = and i1 %1226, %1228
	%1230 = fpext float %1225 to double
	%1231 = fadd double %1222, %1230
	%1232 = select i1 %1229, double %1231, double %1222
	%1233 = add i32 %1224, 1
	%1234 = select i1 %1229, i32 %1233, i32 %1224
	%1235 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 12, i32 31)
	%1236 = fcmp olt double %1232, 0x3FECCCCCCCCCCCCD
	%1237 = add i32 %1094, 12
	%1238 = icmp slt i32 %1237, %324
	%1239 = and i1 %1236, %1238
	%1240 = fpext float %1235 to double
	%1241 = fadd double %1232, %1240
	%1242 = select i1 %1239, double %1241, double %1232
	%1243 = add i32 %1234, 1
	%1244 = select i1 %1239, i32 %1243, i32 %1234
	%1245 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 13, i32 31)
	%1246 = fcmp olt double %1242, 0x3FECCCCCCCCCCCCD
	%1247 = add i32 %1094, 13
	%1248 = icmp slt i32 %1247, %324
	%1249 = and i1 %1246, %1248
	%1250 = fpext float %1245 to double
	%1251 = fadd double %1242, %1250
	%1252 = select i1 %1249, double %1251, double %1242
	%1253 = add i32 %1244, 1
	%1254 = select i1 %1249, i32 %1253, i32 %1244
	%1255 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 14, i32 31)
	%1256 = fcmp olt double %1252, 0x3FECCCCCCCCCCCCD
	%1257 = add i32 %1094, 14
	%1258 = icmp slt i32 %1257, %324
	%1259 = and i1 %1256, %1258
	%1260 = fpext float %1255 to double
	%1261 = fadd double %1252, %1260
	%1262 = select i1 %1259, double %1261, double %1252
	%1263 = add i32 %1254, 1
	%1264 = select i1 %1259, i32 %1263, i32 %1254
	%1265 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 15, i32 31)
	%1266 = fcmp olt double %1262, 0x3FECCCCCCCCCCCCD
	%1267 = add i32 %1094, 15
	%1268 = icmp slt i32 %1267, %324
	%1269 = and i1 %1266, %1268
	%1270 = fpext float %1265 to double
	%1271 = fadd double %1262, %1270
	%1272 = select i1 %1269, double %1271, double %1262
	%1273 = add i32 %1264, 1
	%1274 = select i1 %1269, i32 %1273, i32 %1264
	%1275 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 16, i32 31)
	%1276 = fcmp olt double %1272, 0x3FECCCCCCCCCCCCD
	%1277 = add i32 %1094, 16
	%1278 = icmp slt i32 %1277, %324
	%1279 = and i1 %1276, %1278
	%1280 = fpext float %1275 to double
	%1281 = fadd double %1272, %1280
	%1282 = select i1 %1279, double %1281, double %1272
	%1283 = add i32 %1274, 1
	%1284 = select i1 %1279, i32 %1283, i32 %1274
	%1285 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 17, i32 31)
	%1286 = fcmp olt double %1282, 0x3FECCCCCCCCCCCCD
	%1287 = add i32 %1094, 17
	%1288 = icmp slt i32 %1287, %324
	%1289 = and i1 %1286, %1288
	%1290 = fpext float %1285 to double
	%1291 = fadd double %1282, %1290
	%1292 = select i1 %1289, double %1291, double %1282
	%1293 = add i32 %1284, 1
	%1294 = select i1 %1289, i32 %1293, i32 %1284
	%1295 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 18, i32 31)
	%1296 = fcmp olt double %1292, 0x3FECCCCCCCCCCCCD
	%1297 = add i32 %1094, 18
	%1298 = icmp slt i32 %1297, %324
	%1299 = and i1 %1296, %1298
	%1300 = fpext float %1295 to double
	%1301 = fadd double %1292, %1300
	%1302 = select i1 %1299, double %1301, double %1292
	%1303 = add i32 %1294, 1
	%1304 = select i1 %1299, i32 %1303, i32 %1294
	%1305 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 19, i32 31)
	%1306 = fcmp olt double %1302, 0x3FECCCCCCCCCCCCD
	%1307 = add i32 %1094, 19
	%1308 = icmp slt i32 %1307, %324
	%1309 = and i1 %1306, %1308
	%1310 = fpext float %1305 to double
	%1311 = fadd double %1302, %1310
	%1312 = select i1 %1309, double %1311, double %1302
	%1313 = add i32 %1304, 1
	%1314 = select i1 %1309, i32 %1313, i32 %1304
	%1315 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 20, i32 31)
	%1316 = fcmp olt double %1312, 0x3FECCCCCCCCCCCCD
	%1317 = add i32 %1094, 20
	%1318 = icmp slt i32 %1317, %324
	%1319 = and i1 %1316, %1318
	%1320 = fpext float %1315 to double
	%1321 = fadd double %1312, %1320
	%1322 = select i1 %1319, double %1321, double %1312
	%1323 = add i32 %1314, 1
	%1324 = select i1 %1319, i32 %1323, i32 %1314
	%1325 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 21, i32 31)
	%1326 = fcmp olt double %1322, 0x3FECCCCCCCCCCCCD
	%1327 = add i32 %1094, 21
	%1328 = icmp slt i32 %1327, %324
	%1329 = and i1 %1326, %1328
	%1330 = fpext float %1325 to double
	%1331 = fadd double %1322, %1330
	%1332 = select i1 %1329, double %1331, double %1322
	%1333 = add i32 %1324, 1
	%1334 = select i1 %1329, i32 %1333, i32 %1324
	%1335 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 22, i32 31)
	%1336 = fcmp olt double %1332, 0x3FECCCCCCCCCCCCD
	%1337 = add i32 %1094, 22
	%1338 = icmp slt i32 %1337, %324
	%1339 = and i1 %1336, %1338
	%1340 = fpext float %1335 to double
	%1341 = fadd double %1332, %1340
	%1342 = select i1 %1339, double %1341, double %1332
	%1343 = add i32 %1334, 1
	%1344 = select i1 %1339, i32 %1343, i32 %1334
	%1345 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 23, i32 31)
	%1346 = fcmp olt double %1342, 0x3FECCCCCCCCCCCCD
	%1347 = add i32 %1094, 23
	%1348 = icmp slt i32 %1347, %324
	%1349 = and i1 %1346, %1348
	%1350 = fpext float %1345 to double
	%1351 = fadd double %1342, %1350
	%1352 = select i1 %1349, double %1351, double %1342
	%1353 = add i32 %1344, 1
	%1354 = select i1 %1349, i32 %1353, i32 %1344
	%1355 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 24, i32 31)
	%1356 = fcmp olt double %1352, 0x3FECCCCCCCCCCCCD
	%1357 = add i32 %1094, 24
	%1358 = icmp slt i32 %1357, %324
	%1359 = and i1 %1356, %1358
	%1360 = fpext float %1355 to double
	%1361 = fadd double %1352, %1360
	%1362 = select i1 %1359, double %1361, double %1352
	%1363 = add i32 %1354, 1
	%1364 = select i1 %1359, i32 %1363, i32 %1354
	%1365 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 25, i32 31)
	%1366 = fcmp olt double %1362, 0x3FECCCCCCCCCCCCD
	%1367 = add i32 %1094, 25
	%1368 = icmp slt i32 %1367, %324
	%1369 = and i1 %1366, %1368
	%1370 = fpext float %1365 to double
	%1371 = fadd double %1362, %1370
	%1372 = select i1 %1369, double %1371, double %1362
	%1373 = add i32 %1364, 1
	%1374 = select i1 %1369, i32 %1373, i32 %1364
	%1375 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 26, i32 31)
	%1376 = fcmp olt double %1372, 0x3FECCCCCCCCCCCCD
	%1377 = add i32 %1094, 26
	%1378 = icmp slt i32 %1377, %324
	%1379 = and i1 %1376, %1378
	%1380 = fpext float %1375 to double
	%1381 = fadd double %1372, %1380
	%1382 = select i1 %1379, double %1381, double %1372
	%1383 = add i32 %1374, 1
	%1384 = select i1 %1379, i32 %1383, i32 %1374
	%1385 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 27, i32 31)
	%1386 = fcmp olt double %1382, 0x3FECCCCCCCCCCCCD
	%1387 = add i32 %1094, 27
	%1388 = icmp slt i32 %1387, %324
	%1389 = and i1 %1386, %1388
	%1390 = fpext float %1385 to double
	%1391 = fadd double %1382, %1390
	%1392 = select i1 %1389, double %1391, double %1382
	%1393 = add i32 %1384, 1
	%1394 = select i1 %1389, i32 %1393, i32 %1384
	%1395 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 28, i32 31)
	%1396 = fcmp olt double %1392, 0x3FECCCCCCCCCCCCD
	%1397 = add i32 %1094, 28
	%1398 = icmp slt i32 %1397, %324
	%1399 = and i1 %1396, %1398
	%1400 = fpext float %1395 to double
	%1401 = fadd double %1392, %1400
	%1402 = select i1 %1399, double %1401, double %1392
	%1403 = add i32 %1394, 1
	%1404 = select i1 %1399, i32 %1403, i32 %1394
	%1405 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 29, i32 31)
	%1406 = fcmp olt double %1402, 0x3FECCCCCCCCCCCCD
	%1407 = add i32 %1094, 29
	%1408 = icmp slt i32 %1407, %324
	%1409 = and i1 %1406, %1408
	%1410 = fpext float %1405 to double
	%1411 = fadd double %1402, %1410
	%1412 = select i1 %1409, double %1411, double %1402
	%1413 = add i32 %1404, 1
	%1414 = select i1 %1409, i32 %1413, i32 %1404
	%1415 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 30, i32 31)
	%1416 = fcmp olt double %1412, 0x3FECCCCCCCCCCCCD
	%1417 = add i32 %1094, 30
	%1418 = icmp slt i32 %1417, %324
	%1419 = and i1 %1416, %1418
	%1420 = fpext float %1415 to double
	%1421 = fadd double %1412, %1420
	%1422 = select i1 %1419, double %1421, double %1412
	%1423 = add i32 %1414, 1
	%1424 = select i1 %1419, i32 %1423, i32 %1414
	%1425 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 31, i32 31)
	%1426 = fcmp olt double %1422, 0x3FECCCCCCCCCCCCD
	%1427 = add i32 %1094, 31
	%1428 = icmp slt i32 %1427, %324
	%1429 = and i1 %1426, %1428
	%1430 = fpext float %1425 to double
	%1431 = fadd double %1422, %1430
	%1432 = select i1 %1429, double %1431, double %1422
	%1433 = add i32 %1424, 1
	%1434 = select i1 %1429, i32 %1433, i32 %1424
	%1435 = add i32 %1094, 32
	br label %1093

1436:
	%1437 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 1
	store i32 %1096, i32 addrspace(3)* %1437
	%1438 = fcmp oge double %1095, 0x3FECCCCCCCCCCCCD
	%1439 = zext i1 %1438 to i32
	%1440 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 2
	store i32 %1439, i32 addrspace(3)* %1440
	br label %1441

1441:
	br label %1082

1442:
	%1443 = phi i32 [ %329, %mass_done ], [ %1453, %1445 ]
	%1444 = icmp slt i32 %1443, %NK
	br i1 %1444, label %1445, label %1454

1445:
	%1446 = add i32 %13, %1443
	%1447 = sext i32 %1446 to i64
	%1448 = getelementptr i32, i32* %list, i64 %1447
	store i32 -1, i32* %1448
	%1449 = add i32 %13, %NK
	%1450 = add i32 %1449, %1443
	%1451 = sext i32 %1450 to i64
	%1452 = getelementptr i32, i32* %list, i64 %1451
	store i32 -1, i32* %1452
	%1453 = add i32 %1443, 256
	br label %1442

1454:
	ret void
}

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

declare float @llvm.nvvm.shfl.sync.idx.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

define ptx_kernel void @pbs_pool_q1(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @pbs_pool_k1(i16* %x, float* %out, i32 %L, i32 %NT, i32* %perm, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = select i1 %5, i32 %4, i32 %L
	%7 = sdiv i32 %2, %group
	%8 = mul i32 %7, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	%13 = mul i32 %2, %L
	br label %14

14:
	%15 = phi i32 [ %3, %entry ], [ %29, %18 ]
	%16 = phi float [ 0.0, %entry ], [ %28, %18 ]
	%17 = icmp slt i32 %15, %6
	br i1 %17, label %18, label %30

18:
	%19 = add i32 %13, %15
	%20 = sext i32 %19 to i64
	%21 = getelementptr i32, i32* %perm, i64 %20
	%22 = load i32, i32* %21
	%23 = mul i32 %22, 64
	%24 = sext i32 %23 to i64
	%25 = getelementptr i16, i16* %12, i64 %24
	%26 = load i16, i16* %25
	%27 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %26)
	%28 = fadd float %16, %27
	%29 = add i32 %15, 1
	br label %14

30:
	%31 = sub i32 %6, %3
	%32 = sitofp i32 %31 to float
	%33 = fdiv float %16, %32
	%34 = mul i32 %2, %NT
	%35 = add i32 %34, %1
	%36 = mul i32 %35, 64
	%37 = add i32 %36, %0
	%38 = sext i32 %37 to i64
	%39 = getelementptr float, float* %out, i64 %38
	store float %33, float* %39
	ret void
}

define ptx_kernel void @pbs_scores1(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%4 = and i32 %0, 15
	%5 = lshr i32 %0, 4
	%6 = mul i32 %2, 64
	%7 = mul i32 %1, 64
	%8 = mul i32 %5, 4
	%9 = add i32 %6, %8
	%10 = mul i32 %4, 4
	%11 = add i32 %7, %10
	%12 = sdiv i32 %3, %group
	%13 = mul i32 %3, %ch
	%14 = mul i32 %13, %NQ
	%15 = add i32 %9, 0
	%16 = add i32 %11, 0
	%17 = icmp slt i32 %15, %NQ
	%18 = icmp slt i32 %16, %NK
	%19 = and i1 %17, %18
	%20 = add i32 %14, %15
	%21 = mul i32 %20, %NK
	%22 = add i32 %21, %16
	%23 = select i1 %19, i32 %22, i32 0
	%24 = sext i32 %23 to i64
	%25 = getelementptr i8, i8* %cls, i64 %24
	%26 = load i8, i8* %25
	%27 = icmp ne i8 %26, 0
	%28 = and i1 %19, %27
	%29 = or i1 false, %28
	%30 = add i32 %11, 1
	%31 = icmp slt i32 %15, %NQ
	%32 = icmp slt i32 %30, %NK
	%33 = and i1 %31, %32
	%34 = add i32 %14, %15
	%35 = mul i32 %34, %NK
	%36 = add i32 %35, %30
	%37 = select i1 %33, i32 %36, i32 0
	%38 = sext i32 %37 to i64
	%39 = getelementptr i8, i8* %cls, i64 %38
	%40 = load i8, i8* %39
	%41 = icmp ne i8 %40, 0
	%42 = and i1 %33, %41
	%43 = or i1 %29, %42
	%44 = add i32 %11, 2
	%45 = icmp slt i32 %15, %NQ
	%46 = icmp slt i32 %44, %NK
	%47 = and i1 %45, %46
	%48 = add i32 %14, %15
	%49 = mul i32 %48, %NK
	%50 = add i32 %49, %44
	%51 = select i1 %47, i32 %50, i32 0
	%52 = sext i32 %51 to i64
	%53 = getelementptr i8, i8* %cls, i64 %52
	%54 = load i8, i8* %53
	%55 = icmp ne i8 %54, 0
	%56 = and i1 %47, %55
	%57 = or i1 %43, %56
	%58 = add i32 %11, 3
	%59 = icmp slt i32 %15, %NQ
	%60 = icmp slt i32 %58, %NK
	%61 = and i1 %59, %60
	%62 = add i32 %14, %15
	%63 = mul i32 %62, %NK
	%64 = add i32 %63, %58
	%65 = select i1 %61, i32 %64, i32 0
	%66 = sext i32 %65 to i64
	%67 = getelementptr i8, i8* %cls, i64 %66
	%68 = load i8, i8* %67
	%69 = icmp ne i8 %68, 0
	%70 = and i1 %61, %69
	%71 = or i1 %57, %70
	%72 = add i32 %9, 1
	%73 = add i32 %11, 0
	%74 = icmp slt i32 %72, %NQ
	%75 = icmp slt i32 %73, %NK
	%76 = and i1 %74, %75
	%77 = add i32 %14, %72
	%78 = mul i32 %77, %NK
	%79 = add i32 %78, %73
	%80 = select i1 %76, i32 %79, i32 0
	%81 = sext i32 %80 to i64
	%82 = getelementptr i8, i8* %cls, i64 %81
	%83 = load i8, i8* %82
	%84 = icmp ne i8 %83, 0
	%85 = and i1 %76, %84
	%86 = or i1 %71, %85
	%87 = add i32 %11, 1
	%88 = icmp slt i32 %72, %NQ
	%89 = icmp slt i32 %87, %NK
	%90 = and i1 %88, %89
	%91 = add i32 %14, %72
	%92 = mul i32 %91, %NK
	%93 = add i32 %92, %87
	%94 = select i1 %90, i32 %93, i32 0
	%95 = sext i32 %94 to i64
	%96 = getelementptr i8, i8* %cls, i64 %95
	%97 = load i8, i8* %96
	%98 = icmp ne i8 %97, 0
	%99 = and i1 %90, %98
	%100 = or i1 %86, %99
	%101 = add i32 %11, 2
	%102 = icmp slt i32 %72, %NQ
	%103 = icmp slt i32 %101, %NK
	%104 = and i1 %102, %103
	%105 = add i32 %14, %72
	%106 = mul i32 %105, %NK
	%107 = add i32 %106, %101
	%108 = select i1 %104, i32 %107, i32 0
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = icmp ne i8 %111, 0
	%113 = and i1 %104, %112
	%114 = or i1 %100, %113
	%115 = add i32 %11, 3
	%116 = icmp slt i32 %72, %NQ
	%117 = icmp slt i32 %115, %NK
	%118 = and i1 %116, %117
	%119 = add i32 %14, %72
	%120 = mul i32 %119, %NK
	%121 = add i32 %120, %115
	%122 = select i1 %118, i32 %121, i32 0
	%123 = sext i32 %122 to i64
	%124 = getelementptr i8, i8* %cls, i64 %123
	%125 = load i8, i8* %124
	%126 = icmp ne i8 %125, 0
	%127 = and i1 %118, %126
	%128 = or i1 %114, %127
	%129 = add i32 %9, 2
	%130 = add i32 %11, 0
	%131 = icmp slt i32 %129, %NQ
	%132 = icmp slt i32 %130, %NK
	%133 = and i1 %131, %132
	%134 = add i32 %14, %129
	%135 = mul i32 %134, %NK
	%136 = add i32 %135, %130
	%137 = select i1 %133, i32 %136, i32 0
	%138 = sext i32 %137 to i64
	%139 = getelementptr i8, i8* %cls, i64 %138
	%140 = load i8, i8* %139
	%141 = icmp ne i8 %140, 0
	%142 = and i1 %133, %141
	%143 = or i1 %128, %142
	%144 = add i32 %11, 1
	%145 = icmp slt i32 %129, %NQ
	%146 = icmp slt i32 %144, %NK
	%147 = and i1 %145, %146
	%148 = add i32 %14, %129
	%149 = mul i32 %148, %NK
	%150 = add i32 %149, %144
	%151 = select i1 %147, i32 %150, i32 0
	%152 = sext i32 %151 to i64
	%153 = getelementptr i8, i8* %cls, i64 %152
	%154 = load i8, i8* %153
	%155 = icmp ne i8 %154, 0
	%156 = and i1 %147, %155
	%157 = or i1 %143, %156
	%158 = add i32 %11, 2
	%159 = icmp slt i32 %129, %NQ
	%160 = icmp slt i32 %158, %NK
	%161 = and i1 %159, %160
	%162 = add i32 %14, %129
	%163 = mul i32 %162, %NK
	%164 = add i32 %163, %158
	%165 = select i1 %161, i32 %164, i32 0
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %cls, i64 %166
	%168 = load i8, i8* %167
	%169 = icmp ne i8 %168, 0
	%170 = and i1 %161, %169
	%171 = or i1 %157, %170
	%172 = add i32 %11, 3
	%173 = icmp slt i32 %129, %NQ
	%174 = icmp slt i32 %172, %NK
	%175 = and i1 %173, %174
	%176 = add i32 %14, %129
	%177 = mul i32 %176, %NK
	%178 = add i32 %177, %172
	%179 = select i1 %175, i32 %178, i32 0
	%180 = sext i32 %179 to i64
	%181 = getelementptr i8, i8* %cls, i64 %180
	%182 = load i8, i8* %181
	%183 = icmp ne i8 %182, 0
	%184 = and i1 %175, %183
	%185 = or i1 %171, %184
	%186 = add i32 %9, 3
	%187 = add i32 %11, 0
	%188 = icmp slt i32 %186, %NQ
	%189 = icmp slt i32 %187, %NK
	%190 = and i1 %188, %189
	%191 = add i32 %14, %186
	%192 = mul i32 %191, %NK
	%193 = add i32 %192, %187
	%194 = select i1 %190, i32 %193, i32 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i8, i8* %cls, i64 %195
	%197 = load i8, i8* %196
	%198 = icmp ne i8 %197, 0
	%199 = and i1 %190, %198
	%200 = or i1 %185, %199
	%201 = add i32 %11, 1
	%202 = icmp slt i32 %186, %NQ
	%203 = icmp slt i32 %201, %NK
	%204 = and i1 %202, %203
	%205 = add i32 %14, %186
	%206 = mul i32 %205, %NK
	%207 = add i32 %206, %201
	%208 = select i1 %204, i32 %207, i32 0
	%209 = sext i32 %208 to i64
	%210 = getelementptr i8, i8* %cls, i64 %209
	%211 = load i8, i8* %210
	%212 = icmp ne i8 %211, 0
	%213 = and i1 %204, %212
	%214 = or i1 %200, %213
	%215 = add i32 %11, 2
	%216 = icmp slt i32 %186, %NQ
	%217 = icmp slt i32 %215, %NK
	%218 = and i1 %216, %217
	%219 = add i32 %14, %186
	%220 = mul i32 %219, %NK
	%221 = add i32 %220, %215
	%222 = select i1 %218, i32 %221, i32 0
	%223 = sext i32 %222 to i64
	%224 = getelementptr i8, i8* %cls, i64 %223
	%225 = load i8, i8* %224
	%226 = icmp ne i8 %225, 0
	%227 = and i1 %218, %226
	%228 = or i1 %214, %227
	%229 = add i32 %11, 3
	%230 = icmp slt i32 %186, %NQ
	%231 = icmp slt i32 %229, %NK
	%232 = and i1 %230, %231
	%233 = add i32 %14, %186
	%234 = mul i32 %233, %NK
	%235 = add i32 %234, %229
	%236 = select i1 %232, i32 %235, i32 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i8, i8* %cls, i64 %237
	%239 = load i8, i8* %238
	%240 = icmp ne i8 %239, 0
	%241 = and i1 %232, %240
	%242 = or i1 %228, %241
	%243 = zext i1 %242 to i32
	%244 = call i32 @llvm.nvvm.barrier0.or(i32 %243)
	%245 = icmp ne i32 %244, 0
	br i1 %245, label %work, label %skip

work:
	br label %246

skip:
	ret void

246:
	%247 = phi i32 [ 0, %work ], [ %459, %458 ]
	%248 = phi float [ 0.0, %work ], [ %403, %458 ]
	%249 = phi float [ 0.0, %work ], [ %404, %458 ]
	%250 = phi float [ 0.0, %work ], [ %405, %458 ]
	%251 = phi float [ 0.0, %work ], [ %406, %458 ]
	%252 = phi float [ 0.0, %work ], [ %407, %458 ]
	%253 = phi float [ 0.0, %work ], [ %408, %458 ]
	%254 = phi float [ 0.0, %work ], [ %409, %458 ]
	%255 = phi float [ 0.0, %work ], [ %410, %458 ]
	%256 = phi float [ 0.0, %work ], [ %411, %458 ]
	%257 = phi float [ 0.0, %work ], [ %412, %458 ]
	%258 = phi float [ 0.0, %work ], [ %413, %458 ]
	%259 = phi float [ 0.0, %work ], [ %414, %458 ]
	%260 = phi float [ 0.0, %work ], [ %415, %458 ]
	%261 = phi float [ 0.0, %work ], [ %416, %458 ]
	%262 = phi float [ 0.0, %work ], [ %417, %458 ]
	%263 = phi float [ 0.0, %work ], [ %418, %458 ]
	%264 = icmp slt i32 %247, 64
	br i1 %264, label %265, label %394

265:
	%266 = add i32 %0, 0
	%267 = lshr i32 %266, 4
	%268 = and i32 %266, 15
	%269 = add i32 %268, %247
	%270 = add i32 %6, %267
	%271 = add i32 %7, %267
	%272 = icmp slt i32 %270, %NQ
	%273 = select i1 %272, i32 %270, i32 0
	%274 = mul i32 %3, %NQ
	%275 = add i32 %274, %273
	%276 = mul i32 %275, 64
	%277 = add i32 %276, %269
	%278 = sext i32 %277 to i64
	%279 = getelementptr float, float* %qm, i64 %278
	%280 = load float, float* %279
	%281 = select i1 %272, float %280, float 0.0
	%282 = mul i32 %268, 68
	%283 = add i32 %282, %267
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_a, i32 0, i32 %283
	store float %281, float addrspace(3)* %284
	%285 = icmp slt i32 %271, %NK
	%286 = select i1 %285, i32 %271, i32 0
	%287 = mul i32 %12, %NK
	%288 = add i32 %287, %286
	%289 = mul i32 %288, 64
	%290 = add i32 %289, %269
	%291 = sext i32 %290 to i64
	%292 = getelementptr float, float* %km, i64 %291
	%293 = load float, float* %292
	%294 = select i1 %285, float %293, float 0.0
	%295 = mul i32 %268, 68
	%296 = add i32 %295, %267
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_b, i32 0, i32 %296
	store float %294, float addrspace(3)* %297
	%298 = add i32 %0, 256
	%299 = lshr i32 %298, 4
	%300 = and i32 %298, 15
	%301 = add i32 %300, %247
	%302 = add i32 %6, %299
	%303 = add i32 %7, %299
	%304 = icmp slt i32 %302, %NQ
	%305 = select i1 %304, i32 %302, i32 0
	%306 = mul i32 %3, %NQ
	%307 = add i32 %306, %305
	%308 = mul i32 %307, 64
	%309 = add i32 %308, %301
	%310 = sext i32 %309 to i64
	%311 = getelementptr float, float* %qm, i64 %310
	%312 = load float, float* %311
	%313 = select i1 %304, float %312, float 0.0
	%314 = mul i32 %300, 68
	%315 = add i32 %314, %299
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_a, i32 0, i32 %315
	store float %313, float addrspace(3)* %316
	%317 = icmp slt i32 %303, %NK
	%318 = select i1 %317, i32 %303, i32 0
	%319 = mul i32 %12, %NK
	%320 = add i32 %319, %318
	%321 = mul i32 %320, 64
	%322 = add i32 %321, %301
	%323 = sext i32 %322 to i64
	%324 = getelementptr float, float* %km, i64 %323
	%325 = load float, float* %324
	%326 = select i1 %317, float %325, float 0.0
	%327 = mul i32 %300, 68
	%328 = add i32 %327, %299
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_b, i32 0, i32 %328
	store float %326, float addrspace(3)* %329
	%330 = add i32 %0, 512
	%331 = lshr i32 %330, 4
	%332 = and i32 %330, 15
	%333 = add i32 %332, %247
	%334 = add i32 %6, %331
	%335 = add i32 %7, %331
	%336 = icmp slt i32 %334, %NQ
	%337 = select i1 %336, i32 %334, i32 0
	%338 = mul i32 %3, %NQ
	%339 = add i32 %338, %337
	%340 = mul i32 %339, 64
	%341 = add i32 %340, %333
	%342 = sext i32 %341 to i64
	%343 = getelementptr float, float* %qm, i64 %342
	%344 = load float, float* %343
	%345 = select i1 %336, float %344, float 0.0
	%346 = mul i32 %332, 68
	%347 = add i32 %346, %331
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_a, i32 0, i32 %347
	store float %345, float addrspace(3)* %348
	%349 = icmp slt i32 %335, %NK
	%350 = select i1 %349, i32 %335, i32 0
	%351 = mul i32 %12, %NK
	%352 = add i32 %351, %350
	%353 = mul i32 %352, 64
	%354 = add i32 %353, %333
	%355 = sext i32 %354 to i64
	%356 = getelementptr float, float* %km, i64 %355
	%357 = load float, float* %356
	%358 = select i1 %349, float %357, float 0.0
	%359 = mul i32 %332, 68
	%360 = add i32 %359, %331
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_b, i32 0, i32 %360
	store float %358, float addrspace(3)* %361
	%362 = add i32 %0, 768
	%363 = lshr i32 %362, 4
	%364 = and i32 %362, 15
	%365 = add i32 %364, %247
	%366 = add i32 %6, %363
	%367 = add i32 %7, %363
	%368 = icmp slt i32 %366, %NQ
	%369 = select i1 %368, i32 %366, i32 0
	%370 = mul i32 %3, %NQ
	%371 = add i32 %370, %369
	%372 = mul i32 %371, 64
	%373 = add i32 %372, %365
	%374 = sext i32 %373 to i64
	%375 = getelementptr float, float* %qm, i64 %374
	%376 = load float, float* %375
	%377 = select i1 %368, float %376, float 0.0
	%378 = mul i32 %364, 68
	%379 = add i32 %378, %363
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_a, i32 0, i32 %379
	store float %377, float addrspace(3)* %380
	%381 = icmp slt i32 %367, %NK
	%382 = select i1 %381, i32 %367, i32 0
	%383 = mul i32 %12, %NK
	%384 = add i32 %383, %382
	%385 = mul i32 %384, 64
	%386 = add i32 %385, %365
	%387 = sext i32 %386 to i64
	%388 = getelementptr float, float* %km, i64 %387
	%389 = load float, float* %388
	%390 = select i1 %381, float %389, float 0.0
	%391 = mul i32 %364, 68
	%392 = add i32 %391, %363
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_b, i32 0, i32 %392
	store float %390, float addrspace(3)* %393
	call void @llvm.nvvm.barrier0()
	br label %401

394:
	%395 = add i32 %9, 0
	%396 = add i32 %11, 0
	%397 = icmp slt i32 %395, %NQ
	%398 = icmp slt i32 %396, %NK
	%399 = and i1 %397, %398
	%400 = fmul float %248, 0x3FC7154760000000
	br i1 %399, label %460, label %467

401:
	%402 = phi i32 [ 0, %265 ], [ %457, %420 ]
	%403 = phi float [ %248, %265 ], [ %441, %420 ]
	%404 = phi float [ %249, %265 ], [ %442, %420 ]
	%405 = phi float [ %250, %265 ], [ %443, %420 ]
	%406 = phi float [ %251, %265 ], [ %444, %420 ]
	%407 = phi float [ %252, %265 ], [ %445, %420 ]
	%408 = phi float [ %253, %265 ], [ %446, %420 ]
	%409 = phi float [ %254, %265 ], [ %447, %420 ]
	%410 = phi float [ %255, %265 ], [ %448, %420 ]
	%411 = phi float [ %256, %265 ], [ %449, %420 ]
	%412 = phi float [ %257, %265 ], [ %450, %420 ]
	%413 = phi float [ %258, %265 ], [ %451, %420 ]
	%414 = phi float [ %259, %265 ], [ %452, %420 ]
	%415 = phi float [ %260, %265 ], [ %453, %420 ]
	%416 = phi float [ %261, %265 ], [ %454, %420 ]
	%417 = phi float [ %262, %265 ], [ %455, %420 ]
	%418 = phi float [ %263, %265 ], [ %456, %420 ]
	%419 = icmp slt i32 %402, 16
	br i1 %419, label %420, label %458

420:
	%421 = mul i32 %5, 4
	%422 = mul i32 %402, 68
	%423 = add i32 %422, %421
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_b, i32 0, i32 %433
	%435 = bitcast float addrspace(3)* %434 to <4 x float> addrspace(3)*
	%436 = load <4 x float>, <4 x float> addrspace(3)* %435, align 16
	%437 = extractelement <4 x float> %436, i32 0
	%438 = extractelement <4 x float> %436, i32 1
	%439 = extractelement <4 x float> %436, i32 2
	%440 = extractelement <4 x float> %436, i32 3
	%441 = call float @llvm.fma.f32(float %427, float %437, float %403)
	%442 = call float @llvm.fma.f32(float %427, float %438, float %404)
	%443 = call float @llvm.fma.f32(float %427, float %439, float %405)
	%444 = call float @llvm.fma.f32(float %427, float %440, float %406)
	%445 = call float @llvm.fma.f32(float %428, float %437, float %407)
	%446 = call float @llvm.fma.f32(float %428, float %438, float %408)
	%447 = call float @llvm.fma.f32(float %428, float %439, float %409)
	%448 = call float @llvm.fma.f32(float %428, float %440, float %410)
	%449 = call float @llvm.fma.f32(float %429, float %437, float %411)
	%450 = call float @llvm.fma.f32(float %429, float %438, float %412)
	%451 = call float @llvm.fma.f32(float %429, float %439, float %413)
	%452 = call float @llvm.fma.f32(float %429, float %440, float %414)
	%453 = call float @llvm.fma.f32(float %430, float %437, float %415)
	%454 = call float @llvm.fma.f32(float %430, float %438, float %416)
	%455 = call float @llvm.fma.f32(float %430, float %439, float %417)
	%456 = call float @llvm.fma.f32(float %430, float %440, float %418)
	%457 = add i32 %402, 1
	br label %401

458:
	call void @llvm.nvvm.barrier0()
	%459 = add i32 %247, 16
	br label %246

460:
	%461 = mul i32 %3, %NQ
	%462 = add i32 %461, %395
	%463 = mul i32 %462, %NK
	%464 = add i32 %463, %396
	%465 = sext i32 %464 to i64
	%466 = getelementptr float, float* %e, i64 %465
	store float %400, float* %466
	br label %467

467:
	%468 = add i32 %11, 1
	%469 = icmp slt i32 %395, %NQ
	%470 = icmp slt i32 %468, %NK
	%471 = and i1 %469, %470
	%472 = fmul float %249, 0x3FC7154760000000
	br i1 %471, label %473, label %480

473:
	%474 = mul i32 %3, %NQ
	%475 = add i32 %474, %395
	%476 = mul i32 %475, %NK
	%477 = add i32 %476, %468
	%478 = sext i32 %477 to i64
	%479 = getelementptr float, float* %e, i64 %478
	store float %472, float* %479
	br label %480

480:
	%481 = add i32 %11, 2
	%482 = icmp slt i32 %395, %NQ
	%483 = icmp slt i32 %481, %NK
	%484 = and i1 %482, %483
	%485 = fmul float %250, 0x3FC7154760000000
	br i1 %484, label %486, label %493

486:
	%487 = mul i32 %3, %NQ
	%488 = add i32 %487, %395
	%489 = mul i32 %488, %NK
	%490 = add i32 %489, %481
	%491 = sext i32 %490 to i64
	%492 = getelementptr float, float* %e, i64 %491
	store float %485, float* %492
	br label %493

493:
	%494 = add i32 %11, 3
	%495 = icmp slt i32 %395, %NQ
	%496 = icmp slt i32 %494, %NK
	%497 = and i1 %495, %496
	%498 = fmul float %251, 0x3FC7154760000000
	br i1 %497, label %499, label %506

499:
	%500 = mul i32 %3, %NQ
	%501 = add i32 %500, %395
	%502 = mul i32 %501, %NK
	%503 = add i32 %502, %494
	%504 = sext i32 %503 to i64
	%505 = getelementptr float, float* %e, i64 %504
	store float %498, float* %505
	br label %506

506:
	%507 = add i32 %9, 1
	%508 = add i32 %11, 0
	%509 = icmp slt i32 %507, %NQ
	%510 = icmp slt i32 %508, %NK
	%511 = and i1 %509, %510
	%512 = fmul float %252, 0x3FC7154760000000
	br i1 %511, label %513, label %520

513:
	%514 = mul i32 %3, %NQ
	%515 = add i32 %514, %507
	%516 = mul i32 %515, %NK
	%517 = add i32 %516, %508
	%518 = sext i32 %517 to i64
	%519 = getelementptr float, float* %e, i64 %518
	store float %512, float* %519
	br label %520

520:
	%521 = add i32 %11, 1
	%522 = icmp slt i32 %507, %NQ
	%523 = icmp slt i32 %521, %NK
	%524 = and i1 %522, %523
	%525 = fmul float %253, 0x3FC7154760000000
	br i1 %524, label %526, label %533

526:
	%527 = mul i32 %3, %NQ
	%528 = add i32 %527, %507
	%529 = mul i32 %528, %NK
	%530 = add i32 %529, %521
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	store float %525, float* %532
	br label %533

533:
	%534 = add i32 %11, 2
	%535 = icmp slt i32 %507, %NQ
	%536 = icmp slt i32 %534, %NK
	%537 = and i1 %535, %536
	%538 = fmul float %254, 0x3FC7154760000000
	br i1 %537, label %539, label %546

539:
	%540 = mul i32 %3, %NQ
	%541 = add i32 %540, %507
	%542 = mul i32 %541, %NK
	%543 = add i32 %542, %534
	%544 = sext i32 %543 to i64
	%545 = getelementptr float, float* %e, i64 %544
	store float %538, float* %545
	br label %546

546:
	%547 = add i32 %11, 3
	%548 = icmp slt i32 %507, %NQ
	%549 = icmp slt i32 %547, %NK
	%550 = and i1 %548, %549
	%551 = fmul float %255, 0x3FC7154760000000
	br i1 %550, label %552, label %559

552:
	%553 = mul i32 %3, %NQ
	%554 = add i32 %553, %507
	%555 = mul i32 %554, %NK
	%556 = add i32 %555, %547
	%557 = sext i32 %556 to i64
	%558 = getelementptr float, float* %e, i64 %557
	store float %551, float* %558
	br label %559

559:
	%560 = add i32 %9, 2
	%561 = add i32 %11, 0
	%562 = icmp slt i32 %560, %NQ
	%563 = icmp slt i32 %561, %NK
	%564 = and i1 %562, %563
	%565 = fmul float %256, 0x3FC7154760000000
	br i1 %564, label %566, label %573

566:
	%567 = mul i32 %3, %NQ
	%568 = add i32 %567, %560
	%569 = mul i32 %568, %NK
	%570 = add i32 %569, %561
	%571 = sext i32 %570 to i64
	%572 = getelementptr float, float* %e, i64 %571
	store float %565, float* %572
	br label %573

573:
	%574 = add i32 %11, 1
	%575 = icmp slt i32 %560, %NQ
	%576 = icmp slt i32 %574, %NK
	%577 = and i1 %575, %576
	%578 = fmul float %257, 0x3FC7154760000000
	br i1 %577, label %579, label %586

579:
	%580 = mul i32 %3, %NQ
	%581 = add i32 %580, %560
	%582 = mul i32 %581, %NK
	%583 = add i32 %582, %574
	%584 = sext i32 %583 to i64
	%585 = getelementptr float, float* %e, i64 %584
	store float %578, float* %585
	br label %586

586:
	%587 = add i32 %11, 2
	%588 = icmp slt i32 %560, %NQ
	%589 = icmp slt i32 %587, %NK
	%590 = and i1 %588, %589
	%591 = fmul float %258, 0x3FC7154760000000
	br i1 %590, label %592, label %599

592:
	%593 = mul i32 %3, %NQ
	%594 = add i32 %593, %560
	%595 = mul i32 %594, %NK
	%596 = add i32 %595, %587
	%597 = sext i32 %596 to i64
	%598 = getelementptr float, float* %e, i64 %597
	store float %591, float* %598
	br label %599

599:
	%600 = add i32 %11, 3
	%601 = icmp slt i32 %560, %NQ
	%602 = icmp slt i32 %600, %NK
	%603 = and i1 %601, %602
	%604 = fmul float %259, 0x3FC7154760000000
	br i1 %603, label %605, label %612

605:
	%606 = mul i32 %3, %NQ
	%607 = add i32 %606, %560
	%608 = mul i32 %607, %NK
	%609 = add i32 %608, %600
	%610 = sext i32 %609 to i64
	%611 = getelementptr float, float* %e, i64 %610
	store float %604, float* %611
	br label %612

612:
	%613 = add i32 %9, 3
	%614 = add i32 %11, 0
	%615 = icmp slt i32 %613, %NQ
	%616 = icmp slt i32 %614, %NK
	%617 = and i1 %615, %616
	%618 = fmul float %260, 0x3FC7154760000000
	br i1 %617, label %619, label %626

619:
	%620 = mul i32 %3, %NQ
	%621 = add i32 %620, %613
	%622 = mul i32 %621, %NK
	%623 = add i32 %622, %614
	%624 = sext i32 %623 to i64
	%625 = getelementptr float, float* %e, i64 %624
	store float %618, float* %625
	br label %626

626:
	%627 = add i32 %11, 1
	%628 = icmp slt i32 %613, %NQ
	%629 = icmp slt i32 %627, %NK
	%630 = and i1 %628, %629
	%631 = fmul float %261, 0x3FC7154760000000
	br i1 %630, label %632, label %639

632:
	%633 = mul i32 %3, %NQ
	%634 = add i32 %633, %613
	%635 = mul i32 %634, %NK
	%636 = add i32 %635, %627
	%637 = sext i32 %636 to i64
	%638 = getelementptr float, float* %e, i64 %637
	store float %631, float* %638
	br label %639

639:
	%640 = add i32 %11, 2
	%641 = icmp slt i32 %613, %NQ
	%642 = icmp slt i32 %640, %NK
	%643 = and i1 %641, %642
	%644 = fmul float %262, 0x3FC7154760000000
	br i1 %643, label %645, label %652

645:
	%646 = mul i32 %3, %NQ
	%647 = add i32 %646, %613
	%648 = mul i32 %647, %NK
	%649 = add i32 %648, %640
	%650 = sext i32 %649 to i64
	%651 = getelementptr float, float* %e, i64 %650
	store float %644, float* %651
	br label %652

652:
	%653 = add i32 %11, 3
	%654 = icmp slt i32 %613, %NQ
	%655 = icmp slt i32 %653, %NK
	%656 = and i1 %654, %655
	%657 = fmul float %263, 0x3FC7154760000000
	br i1 %656, label %658, label %665

658:
	%659 = mul i32 %3, %NQ
	%660 = add i32 %659, %613
	%661 = mul i32 %660, %NK
	%662 = add i32 %661, %653
	%663 = sext i32 %662 to i64
	%664 = getelementptr float, float* %e, i64 %663
	store float %657, float* %664
	br label %665

665:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

define ptx_kernel void @pbs_attn3(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32* %perm, i32 %NS, i32 %segment) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @pbs_attn3_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = lshr i32 %2, 5
	%4 = and i32 %2, 31
	%5 = lshr i32 %4, 2
	%6 = and i32 %4, 3
	%7 = sub i32 %NQ, 1
	%8 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%9 = sub i32 %7, %8
	%10 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%11 = sdiv i32 %10, %group
	%12 = mul i32 %9, 64
	%13 = mul i32 %10, %M
	%14 = mul i32 %13, 64
	%15 = sext i32 %14 to i64
	%16 = getelementptr i16, i16* %q, i64 %15
	%17 = mul i32 %11, %N
	%18 = mul i32 %17, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %k, i64 %19
	%21 = mul i32 %11, %N
	%22 = mul i32 %21, 64
	%23 = sext i32 %22 to i64
	%24 = getelementptr i16, i16* %v, i64 %23
	%25 = udiv i32 %10, %lh
	%26 = mul i32 %25, %NQ
	%27 = add i32 %26, %9
	%28 = mul i32 %27, 2
	%29 = mul i32 %28, %NK
	%30 = mul i32 %10, %ch
	%31 = mul i32 %30, %NQ
	%32 = add i32 %31, %9
	%33 = mul i32 %32, %NK
	%34 = sdiv i32 %12, %segment
	%35 = mul i32 %10, %NS
	%36 = add i32 %35, %34
	%37 = mul i32 %36, %N
	%38 = sext i32 %37 to i64
	%39 = getelementptr i32, i32* %perm, i64 %38
	%40 = add i32 %29, 0
	%41 = sext i32 %40 to i64
	%42 = getelementptr i32, i32* %list, i64 %41
	%43 = load i32, i32* %42
	%44 = icmp sgt i32 %NK, 0
	%45 = icmp sge i32 %43, 0
	%46 = and i1 %44, %45
	%47 = lshr i32 %2, 3
	%48 = and i32 %2, 7
	%49 = and i32 %47, 7
	%50 = xor i32 %48, %49
	%51 = mul i32 %47, 8
	%52 = add i32 %51, %50
	%53 = shl i32 %52, 4
	%54 = add i32 %0, %53
	%55 = add i32 %12, %47
	%56 = mul i32 %55, 64
	%57 = mul i32 %48, 8
	%58 = add i32 %56, %57
	%59 = sext i32 %58 to i64
	%60 = getelementptr i16, i16* %16, i64 %59
	%61 = add i32 %55, 0
	%62 = icmp slt i32 %61, %M
	%63 = getelementptr i16, i16* %60, i64 0
	%64 = select i1 %62, i16* %63, i16* %16
	%65 = add i32 %54, 0
	%66 = select i1 %62, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %65, i16* %64, i32 %66)
	%67 = add i32 %55, 16
	%68 = icmp slt i32 %67, %M
	%69 = getelementptr i16, i16* %60, i64 1024
	%70 = select i1 %68, i16* %69, i16* %16
	%71 = add i32 %54, 2048
	%72 = select i1 %68, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %71, i16* %70, i32 %72)
	%73 = add i32 %55, 32
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %60, i64 2048
	%76 = select i1 %74, i16* %75, i16* %16
	%77 = add i32 %54, u0x1000
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %55, 48
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %60, i64 3072
	%82 = select i1 %80, i16* %81, i16* %16
	%83 = add i32 %54, 6144
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %46, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%85 = and i32 %4, 7
	%86 = lshr i32 %4, 3
	%87 = and i32 %86, 1
	%88 = shl i32 %87, 3
	%89 = add i32 %85, %88
	%90 = lshr i32 %4, 4
	%91 = mul i32 %3, 16
	%92 = add i32 %89, 0
	%93 = add i32 %91, %92
	%94 = mul i32 %93, 128
	%95 = add i32 %0, %94
	%96 = and i32 %4, 7
	%97 = xor i32 %90, %96
	%98 = shl i32 %97, 4
	%99 = add i32 %95, %98
	%100 = xor i32 %99, 0
	%101 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %100)
	%102 = extractvalue { i32, i32, i32, i32 } %101, 0
	%103 = extractvalue { i32, i32, i32, i32 } %101, 1
	%104 = extractvalue { i32, i32, i32, i32 } %101, 2
	%105 = extractvalue { i32, i32, i32, i32 } %101, 3
	%106 = xor i32 %99, 32
	%107 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %106)
	%108 = extractvalue { i32, i32, i32, i32 } %107, 0
	%109 = extractvalue { i32, i32, i32, i32 } %107, 1
	%110 = extractvalue { i32, i32, i32, i32 } %107, 2
	%111 = extractvalue { i32, i32, i32, i32 } %107, 3
	%112 = xor i32 %99, 64
	%113 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %112)
	%114 = extractvalue { i32, i32, i32, i32 } %113, 0
	%115 = extractvalue { i32, i32, i32, i32 } %113, 1
	%116 = extractvalue { i32, i32, i32, i32 } %113, 2
	%117 = extractvalue { i32, i32, i32, i32 } %113, 3
	%118 = xor i32 %99, 96
	%119 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %118)
	%120 = extractvalue { i32, i32, i32, i32 } %119, 0
	%121 = extractvalue { i32, i32, i32, i32 } %119, 1
	%122 = extractvalue { i32, i32, i32, i32 } %119, 2
	%123 = extractvalue { i32, i32, i32, i32 } %119, 3
	call void @llvm.nvvm.barrier0()
	%124 = mul i32 %43, 64
	%125 = lshr i32 %2, 3
	%126 = and i32 %2, 7
	%127 = and i32 %125, 7
	%128 = xor i32 %126, %127
	%129 = mul i32 %125, 8
	%130 = add i32 %129, %128
	%131 = shl i32 %130, 4
	%132 = add i32 %0, %131
	%133 = add i32 %124, %125
	%134 = add i32 %133, 0
	%135 = icmp slt i32 %134, %N
	%136 = select i1 %135, i32 %134, i32 0
	%137 = sext i32 %136 to i64
	%138 = getelementptr i32, i32* %39, i64 %137
	%139 = load i32, i32* %138
	%140 = mul i32 %139, 64
	%141 = mul i32 %126, 8
	%142 = add i32 %140, %141
	%143 = sext i32 %142 to i64
	%144 = getelementptr i16, i16* %20, i64 %143
	%145 = add i32 %132, 0
	%146 = select i1 %135, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %145, i16* %144, i32 %146)
	%147 = add i32 %133, 16
	%148 = icmp slt i32 %147, %N
	%149 = select i1 %148, i32 %147, i32 0
	%150 = sext i32 %149 to i64
	%151 = getelementptr i32, i32* %39, i64 %150
	%152 = load i32, i32* %151
	%153 = mul i32 %152, 64
	%154 = mul i32 %126, 8
	%155 = add i32 %153, %154
	%156 = sext i32 %155 to i64
	%157 = getelementptr i16, i16* %20, i64 %156
	%158 = add i32 %132, 2048
	%159 = select i1 %148, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %158, i16* %157, i32 %159)
	%160 = add i32 %133, 32
	%161 = icmp slt i32 %160, %N
	%162 = select i1 %161, i32 %160, i32 0
	%163 = sext i32 %162 to i64
	%164 = getelementptr i32, i32* %39, i64 %163
	%165 = load i32, i32* %164
	%166 = mul i32 %165, 64
	%167 = mul i32 %126, 8
	%168 = add i32 %166, %167
	%169 = sext i32 %168 to i64
	%170 = getelementptr i16, i16* %20, i64 %169
	%171 = add i32 %132, u0x1000
	%172 = select i1 %161, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %171, i16* %170, i32 %172)
	%173 = add i32 %133, 48
	%174 = icmp slt i32 %173, %N
	%175 = select i1 %174, i32 %173, i32 0
	%176 = sext i32 %175 to i64
	%177 = getelementptr i32, i32* %39, i64 %176
	%178 = load i32, i32* %177
	%179 = mul i32 %178, 64
	%180 = mul i32 %126, 8
	%181 = add i32 %179, %180
	%182 = sext i32 %181 to i64
	%183 = getelementptr i16, i16* %20, i64 %182
	%184 = add i32 %132, 6144
	%185 = select i1 %174, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %184, i16* %183, i32 %185)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%186 = phi i32 [ 0, %prologue ], [ %1377, %pv ]
	%187 = phi i32 [ %43, %prologue ], [ %1384, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1687, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1688, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1689, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1690, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1692, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1693, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1694, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1695, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1704, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1705, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1706, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1707, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1709, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1710, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1711, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1712, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1721, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1722, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1723, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1724, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1726, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1727, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1728, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1729, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1738, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1739, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1740, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1741, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1743, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1744, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1745, %pv ]
	%219 = phi float [ 0.0, %prologue ], [ %1746, %pv ]
	%220 = phi float [ 0xFFF0000000000000, %prologue ], [ %1273, %pv ]
	%221 = phi float [ 0.0, %prologue ], [ %1324, %pv ]
	%222 = phi float [ 0xFFF0000000000000, %prologue ], [ %1325, %pv ]
	%223 = phi float [ 0.0, %prologue ], [ %1376, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%224 = mul i32 %187, 64
	%225 = lshr i32 %2, 3
	%226 = and i32 %2, 7
	%227 = and i32 %225, 7
	%228 = xor i32 %226, %227
	%229 = mul i32 %225, 8
	%230 = add i32 %229, %228
	%231 = shl i32 %230, 4
	%232 = add i32 %1, %231
	%233 = add i32 %224, %225
	%234 = add i32 %233, 0
	%235 = icmp slt i32 %234, %N
	%236 = select i1 %235, i32 %234, i32 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i32, i32* %39, i64 %237
	%239 = load i32, i32* %238
	%240 = mul i32 %239, 64
	%241 = mul i32 %226, 8
	%242 = add i32 %240, %241
	%243 = sext i32 %242 to i64
	%244 = getelementptr i16, i16* %24, i64 %243
	%245 = add i32 %232, 0
	%246 = select i1 %235, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %245, i16* %244, i32 %246)
	%247 = add i32 %233, 16
	%248 = icmp slt i32 %247, %N
	%249 = select i1 %248, i32 %247, i32 0
	%250 = sext i32 %249 to i64
	%251 = getelementptr i32, i32* %39, i64 %250
	%252 = load i32, i32* %251
	%253 = mul i32 %252, 64
	%254 = mul i32 %226, 8
	%255 = add i32 %253, %254
	%256 = sext i32 %255 to i64
	%257 = getelementptr i16, i16* %24, i64 %256
	%258 = add i32 %232, 2048
	%259 = select i1 %248, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %258, i16* %257, i32 %259)
	%260 = add i32 %233, 32
	%261 = icmp slt i32 %260, %N
	%262 = select i1 %261, i32 %260, i32 0
	%263 = sext i32 %262 to i64
	%264 = getelementptr i32, i32* %39, i64 %263
	%265 = load i32, i32* %264
	%266 = mul i32 %265, 64
	%267 = mul i32 %226, 8
	%268 = add i32 %266, %267
	%269 = sext i32 %268 to i64
	%270 = getelementptr i16, i16* %24, i64 %269
	%271 = add i32 %232, u0x1000
	%272 = select i1 %261, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %271, i16* %270, i32 %272)
	%273 = add i32 %233, 48
	%274 = icmp slt i32 %273, %N
	%275 = select i1 %274, i32 %273, i32 0
	%276 = sext i32 %275 to i64
	%277 = getelementptr i32, i32* %39, i64 %276
	%278 = load i32, i32* %277
	%279 = mul i32 %278, 64
	%280 = mul i32 %226, 8
	%281 = add i32 %279, %280
	%282 = sext i32 %281 to i64
	%283 = getelementptr i16, i16* %24, i64 %282
	%284 = add i32 %232, 6144
	%285 = select i1 %274, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %284, i16* %283, i32 %285)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%286 = and i32 %4, 7
	%287 = shl i32 %90, 3
	%288 = add i32 %286, %287
	%289 = lshr i32 %4, 3
	%290 = and i32 %289, 1
	%291 = mul i32 %288, 128
	%292 = add i32 %0, %291
	%293 = and i32 %4, 7
	%294 = xor i32 %290, %293
	%295 = shl i32 %294, 4
	%296 = add i32 %292, %295
	%297 = xor i32 %296, 0
	%298 = add i32 %297, 0
	%299 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %298)
	%300 = extractvalue { i32, i32, i32, i32 } %299, 0
	%301 = extractvalue { i32, i32, i32, i32 } %299, 1
	%302 = extractvalue { i32, i32, i32, i32 } %299, 2
	%303 = extractvalue { i32, i32, i32, i32 } %299, 3
	%304 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %300, i32 %301, float 0.0, float 0.0, float 0.0, float 0.0)
	%305 = extractvalue { float, float, float, float } %304, 0
	%306 = extractvalue { float, float, float, float } %304, 1
	%307 = extractvalue { float, float, float, float } %304, 2
	%308 = extractvalue { float, float, float, float } %304, 3
	%309 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %302, i32 %303, float 0.0, float 0.0, float 0.0, float 0.0)
	%310 = extractvalue { float, float, float, float } %309, 0
	%311 = extractvalue { float, float, float, float } %309, 1
	%312 = extractvalue { float, float, float, float } %309, 2
	%313 = extractvalue { float, float, float, float } %309, 3
	%314 = add i32 %297, 2048
	%315 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %314)
	%316 = extractvalue { i32, i32, i32, i32 } %315, 0
	%317 = extractvalue { i32, i32, i32, i32 } %315, 1
	%318 = extractvalue { i32, i32, i32, i32 } %315, 2
	%319 = extractvalue { i32, i32, i32, i32 } %315, 3
	%320 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %316, i32 %317, float 0.0, float 0.0, float 0.0, float 0.0)
	%321 = extractvalue { float, float, float, float } %320, 0
	%322 = extractvalue { float, float, float, float } %320, 1
	%323 = extractvalue { float, float, float, float } %320, 2
	%324 = extractvalue { float, float, float, float } %320, 3
	%325 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %318, i32 %319, float 0.0, float 0.0, float 0.0, float 0.0)
	%326 = extractvalue { float, float, float, float } %325, 0
	%327 = extractvalue { float, float, float, float } %325, 1
	%328 = extractvalue { float, float, float, float } %325, 2
	%329 = extractvalue { float, float, float, float } %325, 3
	%330 = add i32 %297, u0x1000
	%331 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %330)
	%332 = extractvalue { i32, i32, i32, i32 } %331, 0
	%333 = extractvalue { i32, i32, i32, i32 } %331, 1
	%334 = extractvalue { i32, i32, i32, i32 } %331, 2
	%335 = extractvalue { i32, i32, i32, i32 } %331, 3
	%336 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %332, i32 %333, float 0.0, float 0.0, float 0.0, float 0.0)
	%337 = extractvalue { float, float, float, float } %336, 0
	%338 = extractvalue { float, float, float, float } %336, 1
	%339 = extractvalue { float, float, float, float } %336, 2
	%340 = extractvalue { float, float, float, float } %336, 3
	%341 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %334, i32 %335, float 0.0, float 0.0, float 0.0, float 0.0)
	%342 = extractvalue { float, float, float, float } %341, 0
	%343 = extractvalue { float, float, float, float } %341, 1
	%344 = extractvalue { float, float, float, float } %341, 2
	%345 = extractvalue { float, float, float, float } %341, 3
	%346 = add i32 %297, 6144
	%347 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %346)
	%348 = extractvalue { i32, i32, i32, i32 } %347, 0
	%349 = extractvalue { i32, i32, i32, i32 } %347, 1
	%350 = extractvalue { i32, i32, i32, i32 } %347, 2
	%351 = extractvalue { i32, i32, i32, i32 } %347, 3
	%352 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %348, i32 %349, float 0.0, float 0.0, float 0.0, float 0.0)
	%353 = extractvalue { float, float, float, float } %352, 0
	%354 = extractvalue { float, float, float, float } %352, 1
	%355 = extractvalue { float, float, float, float } %352, 2
	%356 = extractvalue { float, float, float, float } %352, 3
	%357 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %350, i32 %351, float 0.0, float 0.0, float 0.0, float 0.0)
	%358 = extractvalue { float, float, float, float } %357, 0
	%359 = extractvalue { float, float, float, float } %357, 1
	%360 = extractvalue { float, float, float, float } %357, 2
	%361 = extractvalue { float, float, float, float } %357, 3
	%362 = xor i32 %296, 32
	%363 = add i32 %362, 0
	%364 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %363)
	%365 = extractvalue { i32, i32, i32, i32 } %364, 0
	%366 = extractvalue { i32, i32, i32, i32 } %364, 1
	%367 = extractvalue { i32, i32, i32, i32 } %364, 2
	%368 = extractvalue { i32, i32, i32, i32 } %364, 3
	%369 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %365, i32 %366, float %305, float %306, float %307, float %308)
	%370 = extractvalue { float, float, float, float } %369, 0
	%371 = extractvalue { float, float, float, float } %369, 1
	%372 = extractvalue { float, float, float, float } %369, 2
	%373 = extractvalue { float, float, float, float } %369, 3
	%374 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %367, i32 %368, float %310, float %311, float %312, float %313)
	%375 = extractvalue { float, float, float, float } %374, 0
	%376 = extractvalue { float, float, float, float } %374, 1
	%377 = extractvalue { float, float, float, float } %374, 2
	%378 = extractvalue { float, float, float, float } %374, 3
	%379 = add i32 %362, 2048
	%380 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %379)
	%381 = extractvalue { i32, i32, i32, i32 } %380, 0
	%382 = extractvalue { i32, i32, i32, i32 } %380, 1
	%383 = extractvalue { i32, i32, i32, i32 } %380, 2
	%384 = extractvalue { i32, i32, i32, i32 } %380, 3
	%385 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %381, i32 %382, float %321, float %322, float %323, float %324)
	%386 = extractvalue { float, float, float, float } %385, 0
	%387 = extractvalue { float, float, float, float } %385, 1
	%388 = extractvalue { float, float, float, float } %385, 2
	%389 = extractvalue { float, float, float, float } %385, 3
	%390 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %383, i32 %384, float %326, float %327, float %328, float %329)
	%391 = extractvalue { float, float, float, float } %390, 0
	%392 = extractvalue { float, float, float, float } %390, 1
	%393 = extractvalue { float, float, float, float } %390, 2
	%394 = extractvalue { float, float, float, float } %390, 3
	%395 = add i32 %362, u0x1000
	%396 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %395)
	%397 = extractvalue { i32, i32, i32, i32 } %396, 0
	%398 = extractvalue { i32, i32, i32, i32 } %396, 1
	%399 = extractvalue { i32, i32, i32, i32 } %396, 2
	%400 = extractvalue { i32, i32, i32, i32 } %396, 3
	%401 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %397, i32 %398, float %337, float %338, float %339, float %340)
	%402 = extractvalue { float, float, float, float } %401, 0
	%403 = extractvalue { float, float, float, float } %401, 1
	%404 = extractvalue { float, float, float, float } %401, 2
	%405 = extractvalue { float, float, float, float } %401, 3
	%406 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %399, i32 %400, float %342, float %343, float %344, float %345)
	%407 = extractvalue { float, float, float, float } %406, 0
	%408 = extractvalue { float, float, float, float } %406, 1
	%409 = extractvalue { float, float, float, float } %406, 2
	%410 = extractvalue { float, float, float, float } %406, 3
	%411 = add i32 %362, 6144
	%412 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %411)
	%413 = extractvalue { i32, i32, i32, i32 } %412, 0
	%414 = extractvalue { i32, i32, i32, i32 } %412, 1
	%415 = extractvalue { i32, i32, i32, i32 } %412, 2
	%416 = extractvalue { i32, i32, i32, i32 } %412, 3
	%417 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %413, i32 %414, float %353, float %354, float %355, float %356)
	%418 = extractvalue { float, float, float, float } %417, 0
	%419 = extractvalue { float, float, float, float } %417, 1
	%420 = extractvalue { float, float, float, float } %417, 2
	%421 = extractvalue { float, float, float, float } %417, 3
	%422 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %415, i32 %416, float %358, float %359, float %360, float %361)
	%423 = extractvalue { float, float, float, float } %422, 0
	%424 = extractvalue { float, float, float, float } %422, 1
	%425 = extractvalue { float, float, float, float } %422, 2
	%426 = extractvalue { float, float, float, float } %422, 3
	%427 = xor i32 %296, 64
	%428 = add i32 %427, 0
	%429 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %428)
	%430 = extractvalue { i32, i32, i32, i32 } %429, 0
	%431 = extractvalue { i32, i32, i32, i32 } %429, 1
	%432 = extractvalue { i32, i32, i32, i32 } %429, 2
	%433 = extractvalue { i32, i32, i32, i32 } %429, 3
	%434 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %430, i32 %431, float %370, float %371, float %372, float %373)
	%435 = extractvalue { float, float, float, float } %434, 0
	%436 = extractvalue { float, float, float, float } %434, 1
	%437 = extractvalue { float, float, float, float } %434, 2
	%438 = extractvalue { float, float, float, float } %434, 3
	%439 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %432, i32 %433, float %375, float %376, float %377, float %378)
	%440 = extractvalue { float, float, float, float } %439, 0
	%441 = extractvalue { float, float, float, float } %439, 1
	%442 = extractvalue { float, float, float, float } %439, 2
	%443 = extractvalue { float, float, float, float } %439, 3
	%444 = add i32 %427, 2048
	%445 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %444)
	%446 = extractvalue { i32, i32, i32, i32 } %445, 0
	%447 = extractvalue { i32, i32, i32, i32 } %445, 1
	%448 = extractvalue { i32, i32, i32, i32 } %445, 2
	%449 = extractvalue { i32, i32, i32, i32 } %445, 3
	%450 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %446, i32 %447, float %386, float %387, float %388, float %389)
	%451 = extractvalue { float, float, float, float } %450, 0
	%452 = extractvalue { float, float, float, float } %450, 1
	%453 = extractvalue { float, float, float, float } %450, 2
	%454 = extractvalue { float, float, float, float } %450, 3
	%455 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %448, i32 %449, float %391, float %392, float %393, float %394)
	%456 = extractvalue { float, float, float, float } %455, 0
	%457 = extractvalue { float, float, float, float } %455, 1
	%458 = extractvalue { float, float, float, float } %455, 2
	%459 = extractvalue { float, float, float, float } %455, 3
	%460 = add i32 %427, u0x1000
	%461 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %460)
	%462 = extractvalue { i32, i32, i32, i32 } %461, 0
	%463 = extractvalue { i32, i32, i32, i32 } %461, 1
	%464 = extractvalue { i32, i32, i32, i32 } %461, 2
	%465 = extractvalue { i32, i32, i32, i32 } %461, 3
	%466 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %462, i32 %463, float %402, float %403, float %404, float %405)
	%467 = extractvalue { float, float, float, float } %466, 0
	%468 = extractvalue { float, float, float, float } %466, 1
	%469 = extractvalue { float, float, float, float } %466, 2
	%470 = extractvalue { float, float, float, float } %466, 3
	%471 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %464, i32 %465, float %407, float %408, float %409, float %410)
	%472 = extractvalue { float, float, float, float } %471, 0
	%473 = extractvalue { float, float, float, float } %471, 1
	%474 = extractvalue { float, float, float, float } %471, 2
	%475 = extractvalue { float, float, float, float } %471, 3
	%476 = add i32 %427, 6144
	%477 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %476)
	%478 = extractvalue { i32, i32, i32, i32 } %477, 0
	%479 = extractvalue { i32, i32, i32, i32 } %477, 1
	%480 = extractvalue { i32, i32, i32, i32 } %477, 2
	%481 = extractvalue { i32, i32, i32, i32 } %477, 3
	%482 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %478, i32 %479, float %418, float %419, float %420, float %421)
	%483 = extractvalue { float, float, float, float } %482, 0
	%484 = extractvalue { float, float, float, float } %482, 1
	%485 = extractvalue { float, float, float, float } %482, 2
	%486 = extractvalue { float, float, float, float } %482, 3
	%487 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %480, i32 %481, float %423, float %424, float %425, float %426)
	%488 = extractvalue { float, float, float, float } %487, 0
	%489 = extractvalue { float, float, float, float } %487, 1
	%490 = extractvalue { float, float, float, float } %487, 2
	%491 = extractvalue { float, float, float, float } %487, 3
	%492 = xor i32 %296, 96
	%493 = add i32 %492, 0
	%494 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %493)
	%495 = extractvalue { i32, i32, i32, i32 } %494, 0
	%496 = extractvalue { i32, i32, i32, i32 } %494, 1
	%497 = extractvalue { i32, i32, i32, i32 } %494, 2
	%498 = extractvalue { i32, i32, i32, i32 } %494, 3
	%499 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %495, i32 %496, float %435, float %436, float %437, float %438)
	%500 = extractvalue { float, float, float, float } %499, 0
	%501 = extractvalue { float, float, float, float } %499, 1
	%502 = extractvalue { float, float, float, float } %499, 2
	%503 = extractvalue { float, float, float, float } %499, 3
	%504 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %497, i32 %498, float %440, float %441, float %442, float %443)
	%505 = extractvalue { float, float, float, float } %504, 0
	%506 = extractvalue { float, float, float, float } %504, 1
	%507 = extractvalue { float, float, float, float } %504, 2
	%508 = extractvalue { float, float, float, float } %504, 3
	%509 = add i32 %492, 2048
	%510 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %509)
	%511 = extractvalue { i32, i32, i32, i32 } %510, 0
	%512 = extractvalue { i32, i32, i32, i32 } %510, 1
	%513 = extractvalue { i32, i32, i32, i32 } %510, 2
	%514 = extractvalue { i32, i32, i32, i32 } %510, 3
	%515 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %511, i32 %512, float %451, float %452, float %453, float %454)
	%516 = extractvalue { float, float, float, float } %515, 0
	%517 = extractvalue { float, float, float, float } %515, 1
	%518 = extractvalue { float, float, float, float } %515, 2
	%519 = extractvalue { float, float, float, float } %515, 3
	%520 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %513, i32 %514, float %456, float %457, float %458, float %459)
	%521 = extractvalue { float, float, float, float } %520, 0
	%522 = extractvalue { float, float, float, float } %520, 1
	%523 = extractvalue { float, float, float, float } %520, 2
	%524 = extractvalue { float, float, float, float } %520, 3
	%525 = add i32 %492, u0x1000
	%526 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %525)
	%527 = extractvalue { i32, i32, i32, i32 } %526, 0
	%528 = extractvalue { i32, i32, i32, i32 } %526, 1
	%529 = extractvalue { i32, i32, i32, i32 } %526, 2
	%530 = extractvalue { i32, i32, i32, i32 } %526, 3
	%531 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %527, i32 %528, float %467, float %468, float %469, float %470)
	%532 = extractvalue { float, float, float, float } %531, 0
	%533 = extractvalue { float, float, float, float } %531, 1
	%534 = extractvalue { float, float, float, float } %531, 2
	%535 = extractvalue { float, float, float, float } %531, 3
	%536 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %529, i32 %530, float %472, float %473, float %474, float %475)
	%537 = extractvalue { float, float, float, float } %536, 0
	%538 = extractvalue { float, float, float, float } %536, 1
	%539 = extractvalue { float, float, float, float } %536, 2
	%540 = extractvalue { float, float, float, float } %536, 3
	%541 = add i32 %492, 6144
	%542 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %541)
	%543 = extractvalue { i32, i32, i32, i32 } %542, 0
	%544 = extractvalue { i32, i32, i32, i32 } %542, 1
	%545 = extractvalue { i32, i32, i32, i32 } %542, 2
	%546 = extractvalue { i32, i32, i32, i32 } %542, 3
	%547 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %543, i32 %544, float %483, float %484, float %485, float %486)
	%548 = extractvalue { float, float, float, float } %547, 0
	%549 = extractvalue { float, float, float, float } %547, 1
	%550 = extractvalue { float, float, float, float } %547, 2
	%551 = extractvalue { float, float, float, float } %547, 3
	%552 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %545, i32 %546, float %488, float %489, float %490, float %491)
	%553 = extractvalue { float, float, float, float } %552, 0
	%554 = extractvalue { float, float, float, float } %552, 1
	%555 = extractvalue { float, float, float, float } %552, 2
	%556 = extractvalue { float, float, float, float } %552, 3
	%557 = mul i32 %3, 16
	%558 = add i32 %12, %557
	%559 = add i32 %5, 0
	%560 = add i32 %558, %559
	%561 = mul i32 %3, 16
	%562 = add i32 %12, %561
	%563 = add i32 %5, 8
	%564 = add i32 %562, %563
	%565 = sitofp i32 %10 to float
	%566 = add i32 %33, %187
	%567 = sext i32 %566 to i64
	%568 = getelementptr i8, i8* %cls, i64 %567
	%569 = load i8, i8* %568
	%570 = icmp ne i8 %569, 2
	br i1 %570, label %partial, label %softmax

epilogue:
	%571 = phi float [ 0.0, %entry ], [ %1324, %pv ]
	%572 = phi float [ 0.0, %entry ], [ %1376, %pv ]
	%573 = phi i32 [ 0, %entry ], [ %1377, %pv ]
	%574 = phi float [ 0.0, %entry ], [ %1687, %pv ]
	%575 = phi float [ 0.0, %entry ], [ %1688, %pv ]
	%576 = phi float [ 0.0, %entry ], [ %1689, %pv ]
	%577 = phi float [ 0.0, %entry ], [ %1690, %pv ]
	%578 = phi float [ 0.0, %entry ], [ %1692, %pv ]
	%579 = phi float [ 0.0, %entry ], [ %1693, %pv ]
	%580 = phi float [ 0.0, %entry ], [ %1694, %pv ]
	%581 = phi float [ 0.0, %entry ], [ %1695, %pv ]
	%582 = phi float [ 0.0, %entry ], [ %1704, %pv ]
	%583 = phi float [ 0.0, %entry ], [ %1705, %pv ]
	%584 = phi float [ 0.0, %entry ], [ %1706, %pv ]
	%585 = phi float [ 0.0, %entry ], [ %1707, %pv ]
	%586 = phi float [ 0.0, %entry ], [ %1709, %pv ]
	%587 = phi float [ 0.0, %entry ], [ %1710, %pv ]
	%588 = phi float [ 0.0, %entry ], [ %1711, %pv ]
	%589 = phi float [ 0.0, %entry ], [ %1712, %pv ]
	%590 = phi float [ 0.0, %entry ], [ %1721, %pv ]
	%591 = phi float [ 0.0, %entry ], [ %1722, %pv ]
	%592 = phi float [ 0.0, %entry ], [ %1723, %pv ]
	%593 = phi float [ 0.0, %entry ], [ %1724, %pv ]
	%594 = phi float [ 0.0, %entry ], [ %1726, %pv ]
	%595 = phi float [ 0.0, %entry ], [ %1727, %pv ]
	%596 = phi float [ 0.0, %entry ], [ %1728, %pv ]
	%597 = phi float [ 0.0, %entry ], [ %1729, %pv ]
	%598 = phi float [ 0.0, %entry ], [ %1738, %pv ]
	%599 = phi float [ 0.0, %entry ], [ %1739, %pv ]
	%600 = phi float [ 0.0, %entry ], [ %1740, %pv ]
	%601 = phi float [ 0.0, %entry ], [ %1741, %pv ]
	%602 = phi float [ 0.0, %entry ], [ %1743, %pv ]
	%603 = phi float [ 0.0, %entry ], [ %1744, %pv ]
	%604 = phi float [ 0.0, %entry ], [ %1745, %pv ]
	%605 = phi float [ 0.0, %entry ], [ %1746, %pv ]
	%606 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %571, i32 1, i32 31)
	%607 = fadd float %571, %606
	%608 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %607, i32 2, i32 31)
	%609 = fadd float %607, %608
	%610 = fcmp ogt float %609, 0.0
	%611 = fdiv float 1.0, %609
	%612 = select i1 %610, float %611, float 0.0
	%613 = mul i32 %3, 16
	%614 = add i32 %12, %613
	%615 = add i32 %5, 0
	%616 = add i32 %614, %615
	%617 = fmul float %574, %612
	%618 = fmul float %575, %612
	%619 = fmul float %578, %612
	%620 = fmul float %579, %612
	%621 = fmul float %582, %612
	%622 = fmul float %583, %612
	%623 = fmul float %586, %612
	%624 = fmul float %587, %612
	%625 = fmul float %590, %612
	%626 = fmul float %591, %612
	%627 = fmul float %594, %612
	%628 = fmul float %595, %612
	%629 = fmul float %598, %612
	%630 = fmul float %599, %612
	%631 = fmul float %602, %612
	%632 = fmul float %603, %612
	%633 = icmp slt i32 %616, %M
	br i1 %633, label %store0, label %stored0

partial:
	%634 = shl i32 %6, 1
	%635 = add i32 0, %634
	%636 = add i32 %224, %635
	%637 = icmp slt i32 %636, %N
	%638 = select i1 %637, i32 %636, i32 0
	%639 = sitofp i32 %560 to float
	%640 = sext i32 %638 to i64
	%641 = getelementptr i32, i32* %39, i64 %640
	%642 = load i32, i32* %641
	%643 = sitofp i32 %642 to float
	%644 = fcmp ole float %643, %639
	%645 = uitofp i1 %644 to float
	%646 = fcmp une float %645, 0.0
	%647 = and i1 %637, %646
	%648 = select i1 %647, float %500, float 0xFFF0000000000000
	%649 = shl i32 %6, 1
	%650 = add i32 1, %649
	%651 = add i32 %224, %650
	%652 = icmp slt i32 %651, %N
	%653 = select i1 %652, i32 %651, i32 0
	%654 = sitofp i32 %560 to float
	%655 = sext i32 %653 to i64
	%656 = getelementptr i32, i32* %39, i64 %655
	%657 = load i32, i32* %656
	%658 = sitofp i32 %657 to float
	%659 = fcmp ole float %658, %654
	%660 = uitofp i1 %659 to float
	%661 = fcmp une float %660, 0.0
	%662 = and i1 %652, %661
	%663 = select i1 %662, float %501, float 0xFFF0000000000000
	%664 = shl i32 %6, 1
	%665 = add i32 0, %664
	%666 = add i32 %224, %665
	%667 = icmp slt i32 %666, %N
	%668 = select i1 %667, i32 %666, i32 0
	%669 = sitofp i32 %564 to float
	%670 = sext i32 %668 to i64
	%671 = getelementptr i32, i32* %39, i64 %670
	%672 = load i32, i32* %671
	%673 = sitofp i32 %672 to float
	%674 = fcmp ole float %673, %669
	%675 = uitofp i1 %674 to float
	%676 = fcmp une float %675, 0.0
	%677 = and i1 %667, %676
	%678 = select i1 %677, float %502, float 0xFFF0000000000000
	%679 = shl i32 %6, 1
	%680 = add i32 1, %679
	%681 = add i32 %224, %680
	%682 = icmp slt i32 %681, %N
	%683 = select i1 %682, i32 %681, i32 0
	%684 = sitofp i32 %564 to float
	%685 = sext i32 %683 to i64
	%686 = getelementptr i32, i32* %39, i64 %685
	%687 = load i32, i32* %686
	%688 = sitofp i32 %687 to float
	%689 = fcmp ole float %688, %684
	%690 = uitofp i1 %689 to float
	%691 = fcmp une float %690, 0.0
	%692 = and i1 %682, %691
	%693 = select i1 %692, float %503, float 0xFFF0000000000000
	%694 = shl i32 %6, 1
	%695 = add i32 8, %694
	%696 = add i32 %224, %695
	%697 = icmp slt i32 %696, %N
	%698 = select i1 %697, i32 %696, i32 0
	%699 = sitofp i32 %560 to float
	%700 = sext i32 %698 to i64
	%701 = getelementptr i32, i32* %39, i64 %700
	%702 = load i32, i32* %701
	%703 = sitofp i32 %702 to float
	%704 = fcmp ole float %703, %699
	%705 = uitofp i1 %704 to float
	%706 = fcmp une float %705, 0.0
	%707 = and i1 %697, %706
	%708 = select i1 %707, float %505, float 0xFFF0000000000000
	%709 = shl i32 %6, 1
	%710 = add i32 9, %709
	%711 = add i32 %224, %710
	%712 = icmp slt i32 %711, %N
	%713 = select i1 %712, i32 %711, i32 0
	%714 = sitofp i32 %560 to float
	%715 = sext i32 %713 to i64
	%716 = getelementptr i32, i32* %39, i64 %715
	%717 = load i32, i32* %716
	%718 = sitofp i32 %717 to float
	%719 = fcmp ole float %718, %714
	%720 = uitofp i1 %719 to float
	%721 = fcmp une float %720, 0.0
	%722 = and i1 %712, %721
	%723 = select i1 %722, float %506, float 0xFFF0000000000000
	%724 = shl i32 %6, 1
	%725 = add i32 8, %724
	%726 = add i32 %224, %725
	%727 = icmp slt i32 %726, %N
	%728 = select i1 %727, i32 %726, i32 0
	%729 = sitofp i32 %564 to float
	%730 = sext i32 %728 to i64
	%731 = getelementptr i32, i32* %39, i64 %730
	%732 = load i32, i32* %731
	%733 = sitofp i32 %732 to float
	%734 = fcmp ole float %733, %729
	%735 = uitofp i1 %734 to float
	%736 = fcmp une float %735, 0.0
	%737 = and i1 %727, %736
	%738 = select i1 %737, float %507, float 0xFFF0000000000000
	%739 = shl i32 %6, 1
	%740 = add i32 9, %739
	%741 = add i32 %224, %740
	%742 = icmp slt i32 %741, %N
	%743 = select i1 %742, i32 %741, i32 0
	%744 = sitofp i32 %564 to float
	%745 = sext i32 %743 to i64
	%746 = getelementptr i32, i32* %39, i64 %745
	%747 = load i32, i32* %746
	%748 = sitofp i32 %747 to float
	%749 = fcmp ole float %748, %744
	%750 = uitofp i1 %749 to float
	%751 = fcmp une float %750, 0.0
	%752 = and i1 %742, %751
	%753 = select i1 %752, float %508, float 0xFFF0000000000000
	%754 = shl i32 %6, 1
	%755 = add i32 16, %754
	%756 = add i32 %224, %755
	%757 = icmp slt i32 %756, %N
	%758 = select i1 %757, i32 %756, i32 0
	%759 = sitofp i32 %560 to float
	%760 = sext i32 %758 to i64
	%761 = getelementptr i32, i32* %39, i64 %760
	%762 = load i32, i32* %761
	%763 = sitofp i32 %762 to float
	%764 = fcmp ole float %763, %759
	%765 = uitofp i1 %764 to float
	%766 = fcmp une float %765, 0.0
	%767 = and i1 %757, %766
	%768 = select i1 %767, float %516, float 0xFFF0000000000000
	%769 = shl i32 %6, 1
	%770 = add i32 17, %769
	%771 = add i32 %224, %770
	%772 = icmp slt i32 %771, %N
	%773 = select i1 %772, i32 %771, i32 0
	%774 = sitofp i32 %560 to float
	%775 = sext i32 %773 to i64
	%776 = getelementptr i32, i32* %39, i64 %775
	%777 = load i32, i32* %776
	%778 = sitofp i32 %777 to float
	%779 = fcmp ole float %778, %774
	%780 = uitofp i1 %779 to float
	%781 = fcmp une float %780, 0.0
	%782 = and i1 %772, %781
	%783 = select i1 %782, float %517, float 0xFFF0000000000000
	%784 = shl i32 %6, 1
	%785 = add i32 16, %784
	%786 = add i32 %224, %785
	%787 = icmp slt i32 %786, %N
	%788 = select i1 %787, i32 %786, i32 0
	%789 = sitofp i32 %564 to float
	%790 = sext i32 %788 to i64
	%791 = getelementptr i32, i32* %39, i64 %790
	%792 = load i32, i32* %791
	%793 = sitofp i32 %792 to float
	%794 = fcmp ole float %793, %789
	%795 = uitofp i1 %794 to float
	%796 = fcmp une float %795, 0.0
	%797 = and i1 %787, %796
	%798 = select i1 %797, float %518, float 0xFFF0000000000000
	%799 = shl i32 %6, 1
	%800 = add i32 17, %799
	%801 = add i32 %224, %800
	%802 = icmp slt i32 %801, %N
	%803 = select i1 %802, i32 %801, i32 0
	%804 = sitofp i32 %564 to float
	%805 = sext i32 %803 to i64
	%806 = getelementptr i32, i32* %39, i64 %805
	%807 = load i32, i32* %806
	%808 = sitofp i32 %807 to float
	%809 = fcmp ole float %808, %804
	%810 = uitofp i1 %809 to float
	%811 = fcmp une float %810, 0.0
	%812 = and i1 %802, %811
	%813 = select i1 %812, float %519, float 0xFFF0000000000000
	%814 = shl i32 %6, 1
	%815 = add i32 24, %814
	%816 = add i32 %224, %815
	%817 = icmp slt i32 %816, %N
	%818 = select i1 %817, i32 %816, i32 0
	%819 = sitofp i32 %560 to float
	%820 = sext i32 %818 to i64
	%821 = getelementptr i32, i32* %39, i64 %820
	%822 = load i32, i32* %821
	%823 = sitofp i32 %822 to float
	%824 = fcmp ole float %823, %819
	%825 = uitofp i1 %824 to float
	%826 = fcmp une float %825, 0.0
	%827 = and i1 %817, %826
	%828 = select i1 %827, float %521, float 0xFFF0000000000000
	%829 = shl i32 %6, 1
	%830 = add i32 25, %829
	%831 = add i32 %224, %830
	%832 = icmp slt i32 %831, %N
	%833 = select i1 %832, i32 %831, i32 0
	%834 = sitofp i32 %560 to float
	%835 = sext i32 %833 to i64
	%836 = getelementptr i32, i32* %39, i64 %835
	%837 = load i32, i32* %836
	%838 = sitofp i32 %837 to float
	%839 = fcmp ole float %838, %834
	%840 = uitofp i1 %839 to float
	%841 = fcmp une float %840, 0.0
	%842 = and i1 %832, %841
	%843 = select i1 %842, float %522, float 0xFFF0000000000000
	%844 = shl i32 %6, 1
	%845 = add i32 24, %844
	%846 = add i32 %224, %845
	%847 = icmp slt i32 %846, %N
	%848 = select i1 %847, i32 %846, i32 0
	%849 = sitofp i32 %564 to float
	%850 = sext i32 %848 to i64
	%851 = getelementptr i32, i32* %39, i64 %850
	%852 = load i32, i32* %851
	%853 = sitofp i32 %852 to float
	%854 = fcmp ole float %853, %849
	%855 = uitofp i1 %854 to float
	%856 = fcmp une float %855, 0.0
	%857 = and i1 %847, %856
	%858 = select i1 %857, float %523, float 0xFFF0000000000000
	%859 = shl i32 %6, 1
	%860 = add i32 25, %859
	%861 = add i32 %224, %860
	%862 = icmp slt i32 %861, %N
	%863 = select i1 %862, i32 %861, i32 0
	%864 = sitofp i32 %564 to float
	%865 = sext i32 %863 to i64
	%866 = getelementptr i32, i32* %39, i64 %865
	%867 = load i32, i32* %866
	%868 = sitofp i32 %867 to float
	%869 = fcmp ole float %868, %864
	%870 = uitofp i1 %869 to float
	%871 = fcmp une float %870, 0.0
	%872 = and i1 %862, %871
	%873 = select i1 %872, float %524, float 0xFFF0000000000000
	%874 = shl i32 %6, 1
	%875 = add i32 32, %874
	%876 = add i32 %224, %875
	%877 = icmp slt i32 %876, %N
	%878 = select i1 %877, i32 %876, i32 0
	%879 = sitofp i32 %560 to float
	%880 = sext i32 %878 to i64
	%881 = getelementptr i32, i32* %39, i64 %880
	%882 = load i32, i32* %881
	%883 = sitofp i32 %882 to float
	%884 = fcmp ole float %883, %879
	%885 = uitofp i1 %884 to float
	%886 = fcmp une float %885, 0.0
	%887 = and i1 %877, %886
	%888 = select i1 %887, float %532, float 0xFFF0000000000000
	%889 = shl i32 %6, 1
	%890 = add i32 33, %889
	%891 = add i32 %224, %890
	%892 = icmp slt i32 %891, %N
	%893 = select i1 %892, i32 %891, i32 0
	%894 = sitofp i32 %560 to float
	%895 = sext i32 %893 to i64
	%896 = getelementptr i32, i32* %39, i64 %895
	%897 = load i32, i32* %896
	%898 = sitofp i32 %897 to float
	%899 = fcmp ole float %898, %894
	%900 = uitofp i1 %899 to float
	%901 = fcmp une float %900, 0.0
	%902 = and i1 %892, %901
	%903 = select i1 %902, float %533, float 0xFFF0000000000000
	%904 = shl i32 %6, 1
	%905 = add i32 32, %904
	%906 = add i32 %224, %905
	%907 = icmp slt i32 %906, %N
	%908 = select i1 %907, i32 %906, i32 0
	%909 = sitofp i32 %564 to float
	%910 = sext i32 %908 to i64
	%911 = getelementptr i32, i32* %39, i64 %910
	%912 = load i32, i32* %911
	%913 = sitofp i32 %912 to float
	%914 = fcmp ole float %913, %909
	%915 = uitofp i1 %914 to float
	%916 = fcmp une float %915, 0.0
	%917 = and i1 %907, %916
	%918 = select i1 %917, float %534, float 0xFFF0000000000000
	%919 = shl i32 %6, 1
	%920 = add i32 33, %919
	%921 = add i32 %224, %920
	%922 = icmp slt i32 %921, %N
	%923 = select i1 %922, i32 %921, i32 0
	%924 = sitofp i32 %564 to float
	%925 = sext i32 %923 to i64
	%926 = getelementptr i32, i32* %39, i64 %925
	%927 = load i32, i32* %926
	%928 = sitofp i32 %927 to float
	%929 = fcmp ole float %928, %924
	%930 = uitofp i1 %929 to float
	%931 = fcmp une float %930, 0.0
	%932 = and i1 %922, %931
	%933 = select i1 %932, float %535, float 0xFFF0000000000000
	%934 = shl i32 %6, 1
	%935 = add i32 40, %934
	%936 = add i32 %224, %935
	%937 = icmp slt i32 %936, %N
	%938 = select i1 %937, i32 %936, i32 0
	%939 = sitofp i32 %560 to float
	%940 = sext i32 %938 to i64
	%941 = getelementptr i32, i32* %39, i64 %940
	%942 = load i32, i32* %941
	%943 = sitofp i32 %942 to float
	%944 = fcmp ole float %943, %939
	%945 = uitofp i1 %944 to float
	%946 = fcmp une float %945, 0.0
	%947 = and i1 %937, %946
	%948 = select i1 %947, float %537, float 0xFFF0000000000000
	%949 = shl i32 %6, 1
	%950 = add i32 41, %949
	%951 = add i32 %224, %950
	%952 = icmp slt i32 %951, %N
	%953 = select i1 %952, i32 %951, i32 0
	%954 = sitofp i32 %560 to float
	%955 = sext i32 %953 to i64
	%956 = getelementptr i32, i32* %39, i64 %955
	%957 = load i32, i32* %956
	%958 = sitofp i32 %957 to float
	%959 = fcmp ole float %958, %954
	%960 = uitofp i1 %959 to float
	%961 = fcmp une float %960, 0.0
	%962 = and i1 %952, %961
	%963 = select i1 %962, float %538, float 0xFFF0000000000000
	%964 = shl i32 %6, 1
	%965 = add i32 40, %964
	%966 = add i32 %224, %965
	%967 = icmp slt i32 %966, %N
	%968 = select i1 %967, i32 %966, i32 0
	%969 = sitofp i32 %564 to float
	%970 = sext i32 %968 to i64
	%971 = getelementptr i32, i32* %39, i64 %970
	%972 = load i32, i32* %971
	%973 = sitofp i32 %972 to float
	%974 = fcmp ole float %973, %969
	%975 = uitofp i1 %974 to float
	%976 = fcmp une float %975, 0.0
	%977 = and i1 %967, %976
	%978 = select i1 %977, float %539, float 0xFFF0000000000000
	%979 = shl i32 %6, 1
	%980 = add i32 41, %979
	%981 = add i32 %224, %980
	%982 = icmp slt i32 %981, %N
	%983 = select i1 %982, i32 %981, i32 0
	%984 = sitofp i32 %564 to float
	%985 = sext i32 %983 to i64
	%986 = getelementptr i32, i32* %39, i64 %985
	%987 = load i32, i32* %986
	%988 = sitofp i32 %987 to float
	%989 = fcmp ole float %988, %984
	%990 = uitofp i1 %989 to float
	%991 = fcmp une float %990, 0.0
	%992 = and i1 %982, %991
	%993 = select i1 %992, float %540, float 0xFFF0000000000000
	%994 = shl i32 %6, 1
	%995 = add i32 48, %994
	%996 = add i32 %224, %995
	%997 = icmp slt i32 %996, %N
	%998 = select i1 %997, i32 %996, i32 0
	%999 = sitofp i32 %560 to float
	%1000 = sext i32 %998 to i64
	%1001 = getelementptr i32, i32* %39, i64 %1000
	%1002 = load i32, i32* %1001
	%1003 = sitofp i32 %1002 to float
	%1004 = fcmp ole float %1003, %999
	%1005 = uitofp i1 %1004 to float
	%1006 = fcmp une float %1005, 0.0
	%1007 = and i1 %997, %1006
	%1008 = select i1 %1007, float %548, float 0xFFF0000000000000
	%1009 = shl i32 %6, 1
	%1010 = add i32 49, %1009
	%1011 = add i32 %224, %1010
	%1012 = icmp slt i32 %1011, %N
	%1013 = select i1 %1012, i32 %1011, i32 0
	%1014 = sitofp i32 %560 to float
	%1015 = sext i32 %1013 to i64
	%1016 = getelementptr i32, i32* %39, i64 %1015
	%1017 = load i32, i32* %1016
	%1018 = sitofp i32 %1017 to float
	%1019 = fcmp ole float %1018, %1014
	%1020 = uitofp i1 %1019 to float
	%1021 = fcmp une float %1020, 0.0
	%1022 = and i1 %1012, %1021
	%1023 = select i1 %1022, float %549, float 0xFFF0000000000000
	%1024 = shl i32 %6, 1
	%1025 = add i32 48, %1024
	%1026 = add i32 %224, %1025
	%1027 = icmp slt i32 %1026, %N
	%1028 = select i1 %1027, i32 %1026, i32 0
	%1029 = sitofp i32 %564 to float
	%1030 = sext i32 %1028 to i64
	%1031 = getelementptr i32, i32* %39, i64 %1030
	%1032 = load i32, i32* %1031
	%1033 = sitofp i32 %1032 to float
	%1034 = fcmp ole float %1033, %1029
	%1035 = uitofp i1 %1034 to float
	%1036 = fcmp une float %1035, 0.0
	%1037 = and i1 %1027, %1036
	%1038 = select i1 %1037, float %550, float 0xFFF0000000000000
	%1039 = shl i32 %6, 1
	%1040 = add i32 49, %1039
	%1041 = add i32 %224, %1040
	%1042 = icmp slt i32 %1041, %N
	%1043 = select i1 %1042, i32 %1041, i32 0
	%1044 = sitofp i32 %564 to float
	%1045 = sext i32 %1043 to i64
	%1046 = getelementptr i32, i32* %39, i64 %1045
	%1047 = load i32, i32* %1046
	%1048 = sitofp i32 %1047 to float
	%1049 = fcmp ole float %1048, %1044
	%1050 = uitofp i1 %1049 to float
	%1051 = fcmp une float %1050, 0.0
	%1052 = and i1 %1042, %1051
	%1053 = select i1 %1052, float %551, float 0xFFF0000000000000
	%1054 = shl i32 %6, 1
	%1055 = add i32 56, %1054
	%1056 = add i32 %224, %1055
	%1057 = icmp slt i32 %1056, %N
	%1058 = select i1 %1057, i32 %1056, i32 0
	%1059 = sitofp i32 %560 to float
	%1060 = sext i32 %1058 to i64
	%1061 = getelementptr i32, i32* %39, i64 %1060
	%1062 = load i32, i32* %1061
	%1063 = sitofp i32 %1062 to float
	%1064 = fcmp ole float %1063, %1059
	%1065 = uitofp i1 %1064 to float
	%1066 = fcmp une float %1065, 0.0
	%1067 = and i1 %1057, %1066
	%1068 = select i1 %1067, float %553, float 0xFFF0000000000000
	%1069 = shl i32 %6, 1
	%1070 = add i32 57, %1069
	%1071 = add i32 %224, %1070
	%1072 = icmp slt i32 %1071, %N
	%1073 = select i1 %1072, i32 %1071, i32 0
	%1074 = sitofp i32 %560 to float
	%1075 = sext i32 %1073 to i64
	%1076 = getelementptr i32, i32* %39, i64 %1075
	%1077 = load i32, i32* %1076
	%1078 = sitofp i32 %1077 to float
	%1079 = fcmp ole float %1078, %1074
	%1080 = uitofp i1 %1079 to float
	%1081 = fcmp une float %1080, 0.0
	%1082 = and i1 %1072, %1081
	%1083 = select i1 %1082, float %554, float 0xFFF0000000000000
	%1084 = shl i32 %6, 1
	%1085 = add i32 56, %1084
	%1086 = add i32 %224, %1085
	%1087 = icmp slt i32 %1086, %N
	%1088 = select i1 %1087, i32 %1086, i32 0
	%1089 = sitofp i32 %564 to float
	%1090 = sext i32 %1088 to i64
	%1091 = getelementptr i32, i32* %39, i64 %1090
	%1092 = load i32, i32* %1091
	%1093 = sitofp i32 %1092 to float
	%1094 = fcmp ole float %1093, %1089
	%1095 = uitofp i1 %1094 to float
	%1096 = fcmp une float %1095, 0.0
	%1097 = and i1 %1087, %1096
	%1098 = select i1 %1097, float %555, float 0xFFF0000000000000
	%1099 = shl i32 %6, 1
	%1100 = add i32 57, %1099
	%1101 = add i32 %224, %1100
	%1102 = icmp slt i32 %1101, %N
	%1103 = select i1 %1102, i32 %1101, i32 0
	%1104 = sitofp i32 %564 to float
	%1105 = sext i32 %1103 to i64
	%1106 = getelementptr i32, i32* %39, i64 %1105
	%1107 = load i32, i32* %1106
	%1108 = sitofp i32 %1107 to float
	%1109 = fcmp ole float %1108, %1104
	%1110 = uitofp i1 %1109 to float
	%1111 = fcmp une float %1110, 0.0
	%1112 = and i1 %1102, %1111
	%1113 = select i1 %1112, float %556, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1114 = phi float [ %500, %loop ], [ %648, %partial ]
	%1115 = phi float [ %501, %loop ], [ %663, %partial ]
	%1116 = phi float [ %502, %loop ], [ %678, %partial ]
	%1117 = phi float [ %503, %loop ], [ %693, %partial ]
	%1118 = phi float [ %505, %loop ], [ %708, %partial ]
	%1119 = phi float [ %506, %loop ], [ %723, %partial ]
	%1120 = phi float [ %507, %loop ], [ %738, %partial ]
	%1121 = phi float [ %508, %loop ], [ %753, %partial ]
	%1122 = phi float [ %516, %loop ], [ %768, %partial ]
	%1123 = phi float [ %517, %loop ], [ %783, %partial ]
	%1124 = phi float [ %518, %loop ], [ %798, %partial ]
	%1125 = phi float [ %519, %loop ], [ %813, %partial ]
	%1126 = phi float [ %521, %loop ], [ %828, %partial ]
	%1127 = phi float [ %522, %loop ], [ %843, %partial ]
	%1128 = phi float [ %523, %loop ], [ %858, %partial ]
	%1129 = phi float [ %524, %loop ], [ %873, %partial ]
	%1130 = phi float [ %532, %loop ], [ %888, %partial ]
	%1131 = phi float [ %533, %loop ], [ %903, %partial ]
	%1132 = phi float [ %534, %loop ], [ %918, %partial ]
	%1133 = phi float [ %535, %loop ], [ %933, %partial ]
	%1134 = phi float [ %537, %loop ], [ %948, %partial ]
	%1135 = phi float [ %538, %loop ], [ %963, %partial ]
	%1136 = phi float [ %539, %loop ], [ %978, %partial ]
	%1137 = phi float [ %540, %loop ], [ %993, %partial ]
	%1138 = phi float [ %548, %loop ], [ %1008, %partial ]
	%1139 = phi float [ %549, %loop ], [ %1023, %partial ]
	%1140 = phi float [ %550, %loop ], [ %1038, %partial ]
	%1141 = phi float [ %551, %loop ], [ %1053, %partial ]
	%1142 = phi float [ %553, %loop ], [ %1068, %partial ]
	%1143 = phi float [ %554, %loop ], [ %1083, %partial ]
	%1144 = phi float [ %555, %loop ], [ %1098, %partial ]
	%1145 = phi float [ %556, %loop ], [ %1113, %partial ]
	%1146 = call float @llvm.nvvm.fmax.f(float %1114, float %1115)
	%1147 = call float @llvm.nvvm.fmax.f(float %1118, float %1119)
	%1148 = call float @llvm.nvvm.fmax.f(float %1122, float %1123)
	%1149 = call float @llvm.nvvm.fmax.f(float %1126, float %1127)
	%1150 = call float @llvm.nvvm.fmax.f(float %1130, float %1131)
	%1151 = call float @llvm.nvvm.fmax.f(float %1134, float %1135)
	%1152 = call float @llvm.nvvm.fmax.f(float %1138, float %1139)
	%1153 = call float @llvm.nvvm.fmax.f(float %1142, float %1143)
	%1154 = call float @llvm.nvvm.fmax.f(float %1146, float %1147)
	%1155 = call float @llvm.nvvm.fmax.f(float %1148, float %1149)
	%1156 = call float @llvm.nvvm.fmax.f(float %1150, float %1151)
	%1157 = call float @llvm.nvvm.fmax.f(float %1152, float %1153)
	%1158 = call float @llvm.nvvm.fmax.f(float %1154, float %1155)
	%1159 = call float @llvm.nvvm.fmax.f(float %1156, float %1157)
	%1160 = call float @llvm.nvvm.fmax.f(float %1158, float %1159)
	%1161 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1160, i32 1, i32 31)
	%1162 = call float @llvm.nvvm.fmax.f(float %1160, float %1161)
	%1163 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1162, i32 2, i32 31)
	%1164 = call float @llvm.nvvm.fmax.f(float %1162, float %1163)
	%1165 = fmul float %1164, 0x3FC7154760000000
	%1166 = call float @llvm.nvvm.fmax.f(float %220, float %1165)
	%1167 = fadd float %220, 8.0
	%1168 = fcmp ogt float %1166, %1167
	%1169 = or i1 false, %1168
	%1170 = call float @llvm.nvvm.fmax.f(float %1116, float %1117)
	%1171 = call float @llvm.nvvm.fmax.f(float %1120, float %1121)
	%1172 = call float @llvm.nvvm.fmax.f(float %1124, float %1125)
	%1173 = call float @llvm.nvvm.fmax.f(float %1128, float %1129)
	%1174 = call float @llvm.nvvm.fmax.f(float %1132, float %1133)
	%1175 = call float @llvm.nvvm.fmax.f(float %1136, float %1137)
	%1176 = call float @llvm.nvvm.fmax.f(float %1140, float %1141)
	%1177 = call float @llvm.nvvm.fmax.f(float %1144, float %1145)
	%1178 = call float @llvm.nvvm.fmax.f(float %1170, float %1171)
	%1179 = call float @llvm.nvvm.fmax.f(float %1172, float %1173)
	%1180 = call float @llvm.nvvm.fmax.f(float %1174, float %1175)
	%1181 = call float @llvm.nvvm.fmax.f(float %1176, float %1177)
	%1182 = call float @llvm.nvvm.fmax.f(float %1178, float %1179)
	%1183 = call float @llvm.nvvm.fmax.f(float %1180, float %1181)
	%1184 = call float @llvm.nvvm.fmax.f(float %1182, float %1183)
	%1185 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1184, i32 1, i32 31)
	%1186 = call float @llvm.nvvm.fmax.f(float %1184, float %1185)
	%1187 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1186, i32 2, i32 31)
	%1188 = call float @llvm.nvvm.fmax.f(float %1186, float %1187)
	%1189 = fmul float %1188, 0x3FC7154760000000
	%1190 = call float @llvm.nvvm.fmax.f(float %222, float %1189)
	%1191 = fadd float %222, 8.0
	%1192 = fcmp ogt float %1190, %1191
	%1193 = or i1 %1169, %1192
	%1194 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1193)
	br i1 %1194, label %1195, label %1238

1195:
	%1196 = fcmp oeq float %1166, 0xFFF0000000000000
	%1197 = select i1 %1196, float 0.0, float %1166
	%1198 = fsub float %220, %1197
	%1199 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1198)
	%1200 = fcmp oeq float %1190, 0xFFF0000000000000
	%1201 = select i1 %1200, float 0.0, float %1190
	%1202 = fsub float %222, %1201
	%1203 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1202)
	%1204 = fmul float %188, %1199
	%1205 = fmul float %189, %1199
	%1206 = fmul float %190, %1203
	%1207 = fmul float %191, %1203
	%1208 = fmul float %192, %1199
	%1209 = fmul float %193, %1199
	%1210 = fmul float %194, %1203
	%1211 = fmul float %195, %1203
	%1212 = fmul float %196, %1199
	%1213 = fmul float %197, %1199
	%1214 = fmul float %198, %1203
	%1215 = fmul float %199, %1203
	%1216 = fmul float %200, %1199
	%1217 = fmul float %201, %1199
	%1218 = fmul float %202, %1203
	%1219 = fmul float %203, %1203
	%1220 = fmul float %204, %1199
	%1221 = fmul float %205, %1199
	%1222 = fmul float %206, %1203
	%1223 = fmul float %207, %1203
	%1224 = fmul float %208, %1199
	%1225 = fmul float %209, %1199
	%1226 = fmul float %210, %1203
	%1227 = fmul float %211, %1203
	%1228 = fmul float %212, %1199
	%1229 = fmul float %213, %1199
	%1230 = fmul float %214, %1203
	%1231 = fmul float %215, %1203
	%1232 = fmul float %216, %1199
	%1233 = fmul float %217, %1199
	%1234 = fmul float %218, %1203
	%1235 = fmul float %219, %1203
	%1236 = fmul float %221, %1199
	%1237 = fmul float %223, %1203
	br label %1238

1238:
	%1239 = phi float [ %188, %softmax ], [ %1204, %1195 ]
	%1240 = phi float [ %189, %softmax ], [ %1205, %1195 ]
	%1241 = phi float [ %190, %softmax ], [ %1206, %1195 ]
	%1242 = phi float [ %191, %softmax ], [ %1207, %1195 ]
	%1243 = phi float [ %192, %softmax ], [ %1208, %1195 ]
	%1244 = phi float [ %193, %softmax ], [ %1209, %1195 ]
	%1245 = phi float [ %194, %softmax ], [ %1210, %1195 ]
	%1246 = phi float [ %195, %softmax ], [ %1211, %1195 ]
	%1247 = phi float [ %196, %softmax ], [ %1212, %1195 ]
	%1248 = phi float [ %197, %softmax ], [ %1213, %1195 ]
	%1249 = phi float [ %198, %softmax ], [ %1214, %1195 ]
	%1250 = phi float [ %199, %softmax ], [ %1215, %1195 ]
	%1251 = phi float [ %200, %softmax ], [ %1216, %1195 ]
	%1252 = phi float [ %201, %softmax ], [ %1217, %1195 ]
	%1253 = phi float [ %202, %softmax ], [ %1218, %1195 ]
	%1254 = phi float [ %203, %softmax ], [ %1219, %1195 ]
	%1255 = phi float [ %204, %softmax ], [ %1220, %1195 ]
	%1256 = phi float [ %205, %softmax ], [ %1221, %1195 ]
	%1257 = phi float [ %206, %softmax ], [ %1222, %1195 ]
	%1258 = phi float [ %207, %softmax ], [ %1223, %1195 ]
	%1259 = phi float [ %208, %softmax ], [ %1224, %1195 ]
	%1260 = phi float [ %209, %softmax ], [ %1225, %1195 ]
	%1261 = phi float [ %210, %softmax ], [ %1226, %1195 ]
	%1262 = phi float [ %211, %softmax ], [ %1227, %1195 ]
	%1263 = phi float [ %212, %softmax ], [ %1228, %1195 ]
	%1264 = phi float [ %213, %softmax ], [ %1229, %1195 ]
	%1265 = phi float [ %214, %softmax ], [ %1230, %1195 ]
	%1266 = phi float [ %215, %softmax ], [ %1231, %1195 ]
	%1267 = phi float [ %216, %softmax ], [ %1232, %1195 ]
	%1268 = phi float [ %217, %softmax ], [ %1233, %1195 ]
	%1269 = phi float [ %218, %softmax ], [ %1234, %1195 ]
	%1270 = phi float [ %219, %softmax ], [ %1235, %1195 ]
	%1271 = phi float [ %221, %softmax ], [ %1236, %1195 ]
	%1272 = phi float [ %223, %softmax ], [ %1237, %1195 ]
	%1273 = select i1 %1194, float %1166, float %220
	%1274 = fcmp oeq float %1273, 0xFFF0000000000000
	%1275 = select i1 %1274, float 0.0, float %1273
	%1276 = fneg float %1275
	%1277 = call float @llvm.fma.f32(float %1114, float 0x3FC7154760000000, float %1276)
	%1278 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1277)
	%1279 = call float @llvm.fma.f32(float %1115, float 0x3FC7154760000000, float %1276)
	%1280 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1279)
	%1281 = call float @llvm.fma.f32(float %1118, float 0x3FC7154760000000, float %1276)
	%1282 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1281)
	%1283 = call float @llvm.fma.f32(float %1119, float 0x3FC7154760000000, float %1276)
	%1284 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1283)
	%1285 = call float @llvm.fma.f32(float %1122, float 0x3FC7154760000000, float %1276)
	%1286 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1285)
	%1287 = call float @llvm.fma.f32(float %1123, float 0x3FC7154760000000, float %1276)
	%1288 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1287)
	%1289 = call float @llvm.fma.f32(float %1126, float 0x3FC7154760000000, float %1276)
	%1290 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1289)
	%1291 = call float @llvm.fma.f32(float %1127, float 0x3FC7154760000000, float %1276)
	%1292 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1291)
	%1293 = call float @llvm.fma.f32(float %1130, float 0x3FC7154760000000, float %1276)
	%1294 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1293)
	%1295 = call float @llvm.fma.f32(float %1131, float 0x3FC7154760000000, float %1276)
	%1296 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1295)
	%1297 = call float @llvm.fma.f32(float %1134, float 0x3FC7154760000000, float %1276)
	%1298 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1297)
	%1299 = call float @llvm.fma.f32(float %1135, float 0x3FC7154760000000, float %1276)
	%1300 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1299)
	%1301 = call float @llvm.fma.f32(float %1138, float 0x3FC7154760000000, float %1276)
	%1302 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1301)
	%1303 = call float @llvm.fma.f32(float %1139, float 0x3FC7154760000000, float %1276)
	%1304 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1303)
	%1305 = call float @llvm.fma.f32(float %1142, float 0x3FC7154760000000, float %1276)
	%1306 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1305)
	%1307 = call float @llvm.fma.f32(float %1143, float 0x3FC7154760000000, float %1276)
	%1308 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1307)
	%1309 = fadd float %1278, %1280
	%1310 = fadd float %1282, %1284
	%1311 = fadd float %1286, %1288
	%1312 = fadd float %1290, %1292
	%1313 = fadd float %1294, %1296
	%1314 = fadd float %1298, %1300
	%1315 = fadd float %1302, %1304
	%1316 = fadd float %1306, %1308
	%1317 = fadd float %1309, %1310
	%1318 = fadd float %1311, %1312
	%1319 = fadd float %1313, %1314
	%1320 = fadd float %1315, %1316
	%1321 = fadd float %1317, %1318
	%1322 = fadd float %1319, %1320
	%1323 = fadd float %1321, %1322
	%1324 = fadd float %1271, %1323
	%1325 = select i1 %1194, float %1190, float %222
	%1326 = fcmp oeq float %1325, 0xFFF0000000000000
	%1327 = select i1 %1326, float 0.0, float %1325
	%1328 = fneg float %1327
	%1329 = call float @llvm.fma.f32(float %1116, float 0x3FC7154760000000, float %1328)
	%1330 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1329)
	%1331 = call float @llvm.fma.f32(float %1117, float 0x3FC7154760000000, float %1328)
	%1332 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1331)
	%1333 = call float @llvm.fma.f32(float %1120, float 0x3FC7154760000000, float %1328)
	%1334 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1333)
	%1335 = call float @llvm.fma.f32(float %1121, float 0x3FC7154760000000, float %1328)
	%1336 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1335)
	%1337 = call float @llvm.fma.f32(float %1124, float 0x3FC7154760000000, float %1328)
	%1338 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1337)
	%1339 = call float @llvm.fma.f32(float %1125, float 0x3FC7154760000000, float %1328)
	%1340 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1339)
	%1341 = call float @llvm.fma.f32(float %1128, float 0x3FC7154760000000, float %1328)
	%1342 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1341)
	%1343 = call float @llvm.fma.f32(float %1129, float 0x3FC7154760000000, float %1328)
	%1344 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1343)
	%1345 = call float @llvm.fma.f32(float %1132, float 0x3FC7154760000000, float %1328)
	%1346 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1345)
	%1347 = call float @llvm.fma.f32(float %1133, float 0x3FC7154760000000, float %1328)
	%1348 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1347)
	%1349 = call float @llvm.fma.f32(float %1136, float 0x3FC7154760000000, float %1328)
	%1350 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1349)
	%1351 = call float @llvm.fma.f32(float %1137, float 0x3FC7154760000000, float %1328)
	%1352 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1351)
	%1353 = call float @llvm.fma.f32(float %1140, float 0x3FC7154760000000, float %1328)
	%1354 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1353)
	%1355 = call float @llvm.fma.f32(float %1141, float 0x3FC7154760000000, float %1328)
	%1356 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1355)
	%1357 = call float @llvm.fma.f32(float %1144, float 0x3FC7154760000000, float %1328)
	%1358 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1357)
	%1359 = call float @llvm.fma.f32(float %1145, float 0x3FC7154760000000, float %1328)
	%1360 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1359)
	%1361 = fadd float %1330, %1332
	%1362 = fadd float %1334, %1336
	%1363 = fadd float %1338, %1340
	%1364 = fadd float %1342, %1344
	%1365 = fadd float %1346, %1348
	%1366 = fadd float %1350, %1352
	%1367 = fadd float %1354, %1356
	%1368 = fadd float %1358, %1360
	%1369 = fadd float %1361, %1362
	%1370 = fadd float %1363, %1364
	%1371 = fadd float %1365, %1366
	%1372 = fadd float %1367, %1368
	%1373 = fadd float %1369, %1370
	%1374 = fadd float %1371, %1372
	%1375 = fadd float %1373, %1374
	%1376 = fadd float %1272, %1375
	%1377 = add i32 %186, 1
	%1378 = icmp slt i32 %1377, %NK
	%1379 = select i1 %1378, i32 %1377, i32 0
	%1380 = add i32 %29, %1379
	%1381 = sext i32 %1380 to i64
	%1382 = getelementptr i32, i32* %list, i64 %1381
	%1383 = load i32, i32* %1382
	%1384 = select i1 %1378, i32 %1383, i32 -1
	%1385 = icmp sge i32 %1384, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1385, label %prefetch, label %pv

prefetch:
	%1386 = mul i32 %1384, 64
	%1387 = lshr i32 %2, 3
	%1388 = and i32 %2, 7
	%1389 = and i32 %1387, 7
	%1390 = xor i32 %1388, %1389
	%1391 = mul i32 %1387, 8
	%1392 = add i32 %1391, %1390
	%1393 = shl i32 %1392, 4
	%1394 = add i32 %0, %1393
	%1395 = add i32 %1386, %1387
	%1396 = add i32 %1395, 0
	%1397 = icmp slt i32 %1396, %N
	%1398 = select i1 %1397, i32 %1396, i32 0
	%1399 = sext i32 %1398 to i64
	%1400 = getelementptr i32, i32* %39, i64 %1399
	%1401 = load i32, i32* %1400
	%1402 = mul i32 %1401, 64
	%1403 = mul i32 %1388, 8
	%1404 = add i32 %1402, %1403
	%1405 = sext i32 %1404 to i64
	%1406 = getelementptr i16, i16* %20, i64 %1405
	%1407 = add i32 %1394, 0
	%1408 = select i1 %1397, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1407, i16* %1406, i32 %1408)
	%1409 = add i32 %1395, 16
	%1410 = icmp slt i32 %1409, %N
	%1411 = select i1 %1410, i32 %1409, i32 0
	%1412 = sext i32 %1411 to i64
	%1413 = getelementptr i32, i32* %39, i64 %1412
	%1414 = load i32, i32* %1413
	%1415 = mul i32 %1414, 64
	%1416 = mul i32 %1388, 8
	%1417 = add i32 %1415, %1416
	%1418 = sext i32 %1417 to i64
	%1419 = getelementptr i16, i16* %20, i64 %1418
	%1420 = add i32 %1394, 2048
	%1421 = select i1 %1410, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1420, i16* %1419, i32 %1421)
	%1422 = add i32 %1395, 32
	%1423 = icmp slt i32 %1422, %N
	%1424 = select i1 %1423, i32 %1422, i32 0
	%1425 = sext i32 %1424 to i64
	%1426 = getelementptr i32, i32* %39, i64 %1425
	%1427 = load i32, i32* %1426
	%1428 = mul i32 %1427, 64
	%1429 = mul i32 %1388, 8
	%1430 = add i32 %1428, %1429
	%1431 = sext i32 %1430 to i64
	%1432 = getelementptr i16, i16* %20, i64 %1431
	%1433 = add i32 %1394, u0x1000
	%1434 = select i1 %1423, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1433, i16* %1432, i32 %1434)
	%1435 = add i32 %1395, 48
	%1436 = icmp slt i32 %1435, %N
	%1437 = select i1 %1436, i32 %1435, i32 0
	%1438 = sext i32 %1437 to i64
	%1439 = getelementptr i32, i32* %39, i64 %1438
	%1440 = load i32, i32* %1439
	%1441 = mul i32 %1440, 64
	%1442 = mul i32 %1388, 8
	%1443 = add i32 %1441, %1442
	%1444 = sext i32 %1443 to i64
	%1445 = getelementptr i16, i16* %20, i64 %1444
	%1446 = add i32 %1394, 6144
	%1447 = select i1 %1436, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1446, i16* %1445, i32 %1447)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1448 = and i32 %4, 7
	%1449 = lshr i32 %4, 3
	%1450 = and i32 %1449, 1
	%1451 = shl i32 %1450, 3
	%1452 = add i32 %1448, %1451
	%1453 = mul i32 %1452, 128
	%1454 = add i32 %1, %1453
	%1455 = and i32 %4, 7
	%1456 = xor i32 %90, %1455
	%1457 = shl i32 %1456, 4
	%1458 = add i32 %1454, %1457
	%1459 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1280, float %1278)
	%1460 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1332, float %1330)
	%1461 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1284, float %1282)
	%1462 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1336, float %1334)
	%1463 = xor i32 %1458, 0
	%1464 = add i32 %1463, 0
	%1465 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1464)
	%1466 = extractvalue { i32, i32, i32, i32 } %1465, 0
	%1467 = extractvalue { i32, i32, i32, i32 } %1465, 1
	%1468 = extractvalue { i32, i32, i32, i32 } %1465, 2
	%1469 = extractvalue { i32, i32, i32, i32 } %1465, 3
	%1470 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1459, i32 %1460, i32 %1461, i32 %1462, i32 %1466, i32 %1467, float %1239, float %1240, float %1241, float %1242)
	%1471 = extractvalue { float, float, float, float } %1470, 0
	%1472 = extractvalue { float, float, float, float } %1470, 1
	%1473 = extractvalue { float, float, float, float } %1470, 2
	%1474 = extractvalue { float, float, float, float } %1470, 3
	%1475 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1459, i32 %1460, i32 %1461, i32 %1462, i32 %1468, i32 %1469, float %1243, float %1244, float %1245, float %1246)
	%1476 = extractvalue { float, float, float, float } %1475, 0
	%1477 = extractvalue { float, float, float, float } %1475, 1
	%1478 = extractvalue { float, float, float, float } %1475, 2
	%1479 = extractvalue { float, float, float, float } %1475, 3
	%1480 = xor i32 %1458, 32
	%1481 = add i32 %1480, 0
	%1482 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1481)
	%1483 = extractvalue { i32, i32, i32, i32 } %1482, 0
	%1484 = extractvalue { i32, i32, i32, i32 } %1482, 1
	%1485 = extractvalue { i32, i32, i32, i32 } %1482, 2
	%1486 = extractvalue { i32, i32, i32, i32 } %1482, 3
	%1487 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1459, i32 %1460, i32 %1461, i32 %1462, i32 %1483, i32 %1484, float %1247, float %1248, float %1249, float %1250)
	%1488 = extractvalue { float, float, float, float } %1487, 0
	%1489 = extractvalue { float, float, float, float } %1487, 1
	%1490 = extractvalue { float, float, float, float } %1487, 2
	%1491 = extractvalue { float, float, float, float } %1487, 3
	%1492 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1459, i32 %1460, i32 %1461, i32 %1462, i32 %1485, i32 %1486, float %1251, float %1252, float %1253, float %1254)
	%1493 = extractvalue { float, float, float, float } %1492, 0
	%1494 = extractvalue { float, float, float, float } %1492, 1
	%1495 = extractvalue { float, float, float, float } %1492, 2
	%1496 = extractvalue { float, float, float, float } %1492, 3
	%1497 = xor i32 %1458, 64
	%1498 = add i32 %1497, 0
	%1499 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1498)
	%1500 = extractvalue { i32, i32, i32, i32 } %1499, 0
	%1501 = extractvalue { i32, i32, i32, i32 } %1499, 1
	%1502 = extractvalue { i32, i32, i32, i32 } %1499, 2
	%1503 = extractvalue { i32, i32, i32, i32 } %1499, 3
	%1504 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1459, i32 %1460, i32 %1461, i32 %1462, i32 %1500, i32 %1501, float %1255, float %1256, float %1257, float %1258)
	%1505 = extractvalue { float, float, float, float } %1504, 0
	%1506 = extractvalue { float, float, float, float } %1504, 1
	%1507 = extractvalue { float, float, float, float } %1504, 2
	%1508 = extractvalue { float, float, float, float } %1504, 3
	%1509 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1459, i32 %1460, i32 %1461, i32 %1462, i32 %1502, i32 %1503, float %1259, float %1260, float %1261, float %1262)
	%1510 = extractvalue { float, float, float, float } %1509, 0
	%1511 = extractvalue { float, float, float, float } %1509, 1
	%1512 = extractvalue { float, float, float, float } %1509, 2
	%1513 = extractvalue { float, float, float, float } %1509, 3
	%1514 = xor i32 %1458, 96
	%1515 = add i32 %1514, 0
	%1516 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1515)
	%1517 = extractvalue { i32, i32, i32, i32 } %1516, 0
	%1518 = extractvalue { i32, i32, i32, i32 } %1516, 1
	%1519 = extractvalue { i32, i32, i32, i32 } %1516, 2
	%1520 = extractvalue { i32, i32, i32, i32 } %1516, 3
	%1521 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1459, i32 %1460, i32 %1461, i32 %1462, i32 %1517, i32 %1518, float %1263, float %1264, float %1265, float %1266)
	%1522 = extractvalue { float, float, float, float } %1521, 0
	%1523 = extractvalue { float, float, float, float } %1521, 1
	%1524 = extractvalue { float, float, float, float } %1521, 2
	%1525 = extractvalue { float, float, float, float } %1521, 3
	%1526 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1459, i32 %1460, i32 %1461, i32 %1462, i32 %1519, i32 %1520, float %1267, float %1268, float %1269, float %1270)
	%1527 = extractvalue { float, float, float, float } %1526, 0
	%1528 = extractvalue { float, float, float, float } %1526, 1
	%1529 = extractvalue { float, float, float, float } %1526, 2
	%1530 = extractvalue { float, float, float, float } %1526, 3
	%1531 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1288, float %1286)
	%1532 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1340, float %1338)
	%1533 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1292, float %1290)
	%1534 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1344, float %1342)
	%1535 = xor i32 %1458, 0
	%1536 = add i32 %1535, 2048
	%1537 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1536)
	%1538 = extractvalue { i32, i32, i32, i32 } %1537, 0
	%1539 = extractvalue { i32, i32, i32, i32 } %1537, 1
	%1540 = extractvalue { i32, i32, i32, i32 } %1537, 2
	%1541 = extractvalue { i32, i32, i32, i32 } %1537, 3
	%1542 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1531, i32 %1532, i32 %1533, i32 %1534, i32 %1538, i32 %1539, float %1471, float %1472, float %1473, float %1474)
	%1543 = extractvalue { float, float, float, float } %1542, 0
	%1544 = extractvalue { float, float, float, float } %1542, 1
	%1545 = extractvalue { float, float, float, float } %1542, 2
	%1546 = extractvalue { float, float, float, float } %1542, 3
	%1547 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1531, i32 %1532, i32 %1533, i32 %1534, i32 %1540, i32 %1541, float %1476, float %1477, float %1478, float %1479)
	%1548 = extractvalue { float, float, float, float } %1547, 0
	%1549 = extractvalue { float, float, float, float } %1547, 1
	%1550 = extractvalue { float, float, float, float } %1547, 2
	%1551 = extractvalue { float, float, float, float } %1547, 3
	%1552 = xor i32 %1458, 32
	%1553 = add i32 %1552, 2048
	%1554 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1553)
	%1555 = extractvalue { i32, i32, i32, i32 } %1554, 0
	%1556 = extractvalue { i32, i32, i32, i32 } %1554, 1
	%1557 = extractvalue { i32, i32, i32, i32 } %1554, 2
	%1558 = extractvalue { i32, i32, i32, i32 } %1554, 3
	%1559 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1531, i32 %1532, i32 %1533, i32 %1534, i32 %1555, i32 %1556, float %1488, float %1489, float %1490, float %1491)
	%1560 = extractvalue { float, float, float, float } %1559, 0
	%1561 = extractvalue { float, float, float, float } %1559, 1
	%1562 = extractvalue { float, float, float, float } %1559, 2
	%1563 = extractvalue { float, float, float, float } %1559, 3
	%1564 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1531, i32 %1532, i32 %1533, i32 %1534, i32 %1557, i32 %1558, float %1493, float %1494, float %1495, float %1496)
	%1565 = extractvalue { float, float, float, float } %1564, 0
	%1566 = extractvalue { float, float, float, float } %1564, 1
	%1567 = extractvalue { float, float, float, float } %1564, 2
	%1568 = extractvalue { float, float, float, float } %1564, 3
	%1569 = xor i32 %1458, 64
	%1570 = add i32 %1569, 2048
	%1571 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1570)
	%1572 = extractvalue { i32, i32, i32, i32 } %1571, 0
	%1573 = extractvalue { i32, i32, i32, i32 } %1571, 1
	%1574 = extractvalue { i32, i32, i32, i32 } %1571, 2
	%1575 = extractvalue { i32, i32, i32, i32 } %1571, 3
	%1576 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1531, i32 %1532, i32 %1533, i32 %1534, i32 %1572, i32 %1573, float %1505, float %1506, float %1507, float %1508)
	%1577 = extractvalue { float, float, float, float } %1576, 0
	%1578 = extractvalue { float, float, float, float } %1576, 1
	%1579 = extractvalue { float, float, float, float } %1576, 2
	%1580 = extractvalue { float, float, float, float } %1576, 3
	%1581 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1531, i32 %1532, i32 %1533, i32 %1534, i32 %1574, i32 %1575, float %1510, float %1511, float %1512, float %1513)
	%1582 = extractvalue { float, float, float, float } %1581, 0
	%1583 = extractvalue { float, float, float, float } %1581, 1
	%1584 = extractvalue { float, float, float, float } %1581, 2
	%1585 = extractvalue { float, float, float, float } %1581, 3
	%1586 = xor i32 %1458, 96
	%1587 = add i32 %1586, 2048
	%1588 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1587)
	%1589 = extractvalue { i32, i32, i32, i32 } %1588, 0
	%1590 = extractvalue { i32, i32, i32, i32 } %1588, 1
	%1591 = extractvalue { i32, i32, i32, i32 } %1588, 2
	%1592 = extractvalue { i32, i32, i32, i32 } %1588, 3
	%1593 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1531, i32 %1532, i32 %1533, i32 %1534, i32 %1589, i32 %1590, float %1522, float %1523, float %1524, float %1525)
	%1594 = extractvalue { float, float, float, float } %1593, 0
	%1595 = extractvalue { float, float, float, float } %1593, 1
	%1596 = extractvalue { float, float, float, float } %1593, 2
	%1597 = extractvalue { float, float, float, float } %1593, 3
	%1598 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1531, i32 %1532, i32 %1533, i32 %1534, i32 %1591, i32 %1592, float %1527, float %1528, float %1529, float %1530)
	%1599 = extractvalue { float, float, float, float } %1598, 0
	%1600 = extractvalue { float, float, float, float } %1598, 1
	%1601 = extractvalue { float, float, float, float } %1598, 2
	%1602 = extractvalue { float, float, float, float } %1598, 3
	%1603 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1296, float %1294)
	%1604 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1348, float %1346)
	%1605 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1300, float %1298)
	%1606 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1352, float %1350)
	%1607 = xor i32 %1458, 0
	%1608 = add i32 %1607, u0x1000
	%1609 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1608)
	%1610 = extractvalue { i32, i32, i32, i32 } %1609, 0
	%1611 = extractvalue { i32, i32, i32, i32 } %1609, 1
	%1612 = extractvalue { i32, i32, i32, i32 } %1609, 2
	%1613 = extractvalue { i32, i32, i32, i32 } %1609, 3
	%1614 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1603, i32 %1604, i32 %1605, i32 %1606, i32 %1610, i32 %1611, float %1543, float %1544, float %1545, float %1546)
	%1615 = extractvalue { float, float, float, float } %1614, 0
	%1616 = extractvalue { float, float, float, float } %1614, 1
	%1617 = extractvalue { float, float, float, float } %1614, 2
	%1618 = extractvalue { float, float, float, float } %1614, 3
	%1619 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1603, i32 %1604, i32 %1605, i32 %1606, i32 %1612, i32 %1613, float %1548, float %1549, float %1550, float %1551)
	%1620 = extractvalue { float, float, float, float } %1619, 0
	%1621 = extractvalue { float, float, float, float } %1619, 1
	%1622 = extractvalue { float, float, float, float } %1619, 2
	%1623 = extractvalue { float, float, float, float } %1619, 3
	%1624 = xor i32 %1458, 32
	%1625 = add i32 %1624, u0x1000
	%1626 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1625)
	%1627 = extractvalue { i32, i32, i32, i32 } %1626, 0
	%1628 = extractvalue { i32, i32, i32, i32 } %1626, 1
	%1629 = extractvalue { i32, i32, i32, i32 } %1626, 2
	%1630 = extractvalue { i32, i32, i32, i32 } %1626, 3
	%1631 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1603, i32 %1604, i32 %1605, i32 %1606, i32 %1627, i32 %1628, float %1560, float %1561, float %1562, float %1563)
	%1632 = extractvalue { float, float, float, float } %1631, 0
	%1633 = extractvalue { float, float, float, float } %1631, 1
	%1634 = extractvalue { float, float, float, float } %1631, 2
	%1635 = extractvalue { float, float, float, float } %1631, 3
	%1636 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1603, i32 %1604, i32 %1605, i32 %1606, i32 %1629, i32 %1630, float %1565, float %1566, float %1567, float %1568)
	%1637 = extractvalue { float, float, float, float } %1636, 0
	%1638 = extractvalue { float, float, float, float } %1636, 1
	%1639 = extractvalue { float, float, float, float } %1636, 2
	%1640 = extractvalue { float, float, float, float } %1636, 3
	%1641 = xor i32 %1458, 64
	%1642 = add i32 %1641, u0x1000
	%1643 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1642)
	%1644 = extractvalue { i32, i32, i32, i32 } %1643, 0
	%1645 = extractvalue { i32, i32, i32, i32 } %1643, 1
	%1646 = extractvalue { i32, i32, i32, i32 } %1643, 2
	%1647 = extractvalue { i32, i32, i32, i32 } %1643, 3
	%1648 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1603, i32 %1604, i32 %1605, i32 %1606, i32 %1644, i32 %1645, float %1577, float %1578, float %1579, float %1580)
	%1649 = extractvalue { float, float, float, float } %1648, 0
	%1650 = extractvalue { float, float, float, float } %1648, 1
	%1651 = extractvalue { float, float, float, float } %1648, 2
	%1652 = extractvalue { float, float, float, float } %1648, 3
	%1653 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1603, i32 %1604, i32 %1605, i32 %1606, i32 %1646, i32 %1647, float %1582, float %1583, float %1584, float %1585)
	%1654 = extractvalue { float, float, float, float } %1653, 0
	%1655 = extractvalue { float, float, float, float } %1653, 1
	%1656 = extractvalue { float, float, float, float } %1653, 2
	%1657 = extractvalue { float, float, float, float } %1653, 3
	%1658 = xor i32 %1458, 96
	%1659 = add i32 %1658, u0x1000
	%1660 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1659)
	%1661 = extractvalue { i32, i32, i32, i32 } %1660, 0
	%1662 = extractvalue { i32, i32, i32, i32 } %1660, 1
	%1663 = extractvalue { i32, i32, i32, i32 } %1660, 2
	%1664 = extractvalue { i32, i32, i32, i32 } %1660, 3
	%1665 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1603, i32 %1604, i32 %1605, i32 %1606, i32 %1661, i32 %1662, float %1594, float %1595, float %1596, float %1597)
	%1666 = extractvalue { float, float, float, float } %1665, 0
	%1667 = extractvalue { float, float, float, float } %1665, 1
	%1668 = extractvalue { float, float, float, float } %1665, 2
	%1669 = extractvalue { float, float, float, float } %1665, 3
	%1670 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1603, i32 %1604, i32 %1605, i32 %1606, i32 %1663, i32 %1664, float %1599, float %1600, float %1601, float %1602)
	%1671 = extractvalue { float, float, float, float } %1670, 0
	%1672 = extractvalue { float, float, float, float } %1670, 1
	%1673 = extractvalue { float, float, float, float } %1670, 2
	%1674 = extractvalue { float, float, float, float } %1670, 3
	%1675 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1304, float %1302)
	%1676 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1356, float %1354)
	%1677 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1308, float %1306)
	%1678 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1360, float %1358)
	%1679 = xor i32 %1458, 0
	%1680 = add i32 %1679, 6144
	%1681 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1680)
	%1682 = extractvalue { i32, i32, i32, i32 } %1681, 0
	%1683 = extractvalue { i32, i32, i32, i32 } %1681, 1
	%1684 = extractvalue { i32, i32, i32, i32 } %1681, 2
	%1685 = extractvalue { i32, i32, i32, i32 } %1681, 3
	%1686 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1675, i32 %1676, i32 %1677, i32 %1678, i32 %1682, i32 %1683, float %1615, float %1616, float %1617, float %1618)
	%1687 = extractvalue { float, float, float, float } %1686, 0
	%1688 = extractvalue { float, float, float, float } %1686, 1
	%1689 = extractvalue { float, float, float, float } %1686, 2
	%1690 = extractvalue { float, float, float, float } %1686, 3
	%1691 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1675, i32 %1676, i32 %1677, i32 %1678, i32 %1684, i32 %1685, float %1620, float %1621, float %1622, float %1623)
	%1692 = extractvalue { float, float, float, float } %1691, 0
	%1693 = extractvalue { float, float, float, float } %1691, 1
	%1694 = extractvalue { float, float, float, float } %1691, 2
	%1695 = extractvalue { float, float, float, float } %1691, 3
	%1696 = xor i32 %1458, 32
	%1697 = add i32 %1696, 6144
	%1698 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1697)
	%1699 = extractvalue { i32, i32, i32, i32 } %1698, 0
	%1700 = extractvalue { i32, i32, i32, i32 } %1698, 1
	%1701 = extractvalue { i32, i32, i32, i32 } %1698, 2
	%1702 = extractvalue { i32, i32, i32, i32 } %1698, 3
	%1703 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1675, i32 %1676, i32 %1677, i32 %1678, i32 %1699, i32 %1700, float %1632, float %1633, float %1634, float %1635)
	%1704 = extractvalue { float, float, float, float } %1703, 0
	%1705 = extractvalue { float, float, float, float } %1703, 1
	%1706 = extractvalue { float, float, float, float } %1703, 2
	%1707 = extractvalue { float, float, float, float } %1703, 3
	%1708 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1675, i32 %1676, i32 %1677, i32 %1678, i32 %1701, i32 %1702, float %1637, float %1638, float %1639, float %1640)
	%1709 = extractvalue { float, float, float, float } %1708, 0
	%1710 = extractvalue { float, float, float, float } %1708, 1
	%1711 = extractvalue { float, float, float, float } %1708, 2
	%1712 = extractvalue { float, float, float, float } %1708, 3
	%1713 = xor i32 %1458, 64
	%1714 = add i32 %1713, 6144
	%1715 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1714)
	%1716 = extractvalue { i32, i32, i32, i32 } %1715, 0
	%1717 = extractvalue { i32, i32, i32, i32 } %1715, 1
	%1718 = extractvalue { i32, i32, i32, i32 } %1715, 2
	%1719 = extractvalue { i32, i32, i32, i32 } %1715, 3
	%1720 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1675, i32 %1676, i32 %1677, i32 %1678, i32 %1716, i32 %1717, float %1649, float %1650, float %1651, float %1652)
	%1721 = extractvalue { float, float, float, float } %1720, 0
	%1722 = extractvalue { float, float, float, float } %1720, 1
	%1723 = extractvalue { float, float, float, float } %1720, 2
	%1724 = extractvalue { float, float, float, float } %1720, 3
	%1725 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1675, i32 %1676, i32 %1677, i32 %1678, i32 %1718, i32 %1719, float %1654, float %1655, float %1656, float %1657)
	%1726 = extractvalue { float, float, float, float } %1725, 0
	%1727 = extractvalue { float, float, float, float } %1725, 1
	%1728 = extractvalue { float, float, float, float } %1725, 2
	%1729 = extractvalue { float, float, float, float } %1725, 3
	%1730 = xor i32 %1458, 96
	%1731 = add i32 %1730, 6144
	%1732 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1731)
	%1733 = extractvalue { i32, i32, i32, i32 } %1732, 0
	%1734 = extractvalue { i32, i32, i32, i32 } %1732, 1
	%1735 = extractvalue { i32, i32, i32, i32 } %1732, 2
	%1736 = extractvalue { i32, i32, i32, i32 } %1732, 3
	%1737 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1675, i32 %1676, i32 %1677, i32 %1678, i32 %1733, i32 %1734, float %1666, float %1667, float %1668, float %1669)
	%1738 = extractvalue { float, float, float, float } %1737, 0
	%1739 = extractvalue { float, float, float, float } %1737, 1
	%1740 = extractvalue { float, float, float, float } %1737, 2
	%1741 = extractvalue { float, float, float, float } %1737, 3
	%1742 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1675, i32 %1676, i32 %1677, i32 %1678, i32 %1735, i32 %1736, float %1671, float %1672, float %1673, float %1674)
	%1743 = extractvalue { float, float, float, float } %1742, 0
	%1744 = extractvalue { float, float, float, float } %1742, 1
	%1745 = extractvalue { float, float, float, float } %1742, 2
	%1746 = extractvalue { float, float, float, float } %1742, 3
	br i1 %1385, label %loop, label %epilogue

store0:
	%1747 = mul i32 %10, %M
	%1748 = add i32 %1747, %616
	%1749 = mul i32 %1748, 64
	%1750 = shl i32 %6, 1
	%1751 = add i32 0, %1750
	%1752 = add i32 %1749, %1751
	%1753 = sext i32 %1752 to i64
	%1754 = getelementptr i16, i16* %out, i64 %1753
	%1755 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %618, float %617)
	%1756 = bitcast i16* %1754 to i32*
	store i32 %1755, i32* %1756
	%1757 = shl i32 %6, 1
	%1758 = add i32 8, %1757
	%1759 = add i32 %1749, %1758
	%1760 = sext i32 %1759 to i64
	%1761 = getelementptr i16, i16* %out, i64 %1760
	%1762 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %620, float %619)
	%1763 = bitcast i16* %1761 to i32*
	store i32 %1762, i32* %1763
	%1764 = shl i32 %6, 1
	%1765 = add i32 16, %1764
	%1766 = add i32 %1749, %1765
	%1767 = sext i32 %1766 to i64
	%1768 = getelementptr i16, i16* %out, i64 %1767
	%1769 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %622, float %621)
	%1770 = bitcast i16* %1768 to i32*
	store i32 %1769, i32* %1770
	%1771 = shl i32 %6, 1
	%1772 = add i32 24, %1771
	%1773 = add i32 %1749, %1772
	%1774 = sext i32 %1773 to i64
	%1775 = getelementptr i16, i16* %out, i64 %1774
	%1776 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %624, float %623)
	%1777 = bitcast i16* %1775 to i32*
	store i32 %1776, i32* %1777
	%1778 = shl i32 %6, 1
	%1779 = add i32 32, %1778
	%1780 = add i32 %1749, %1779
	%1781 = sext i32 %1780 to i64
	%1782 = getelementptr i16, i16* %out, i64 %1781
	%1783 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %626, float %625)
	%1784 = bitcast i16* %1782 to i32*
	store i32 %1783, i32* %1784
	%1785 = shl i32 %6, 1
	%1786 = add i32 40, %1785
	%1787 = add i32 %1749, %1786
	%1788 = sext i32 %1787 to i64
	%1789 = getelementptr i16, i16* %out, i64 %1788
	%1790 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %628, float %627)
	%1791 = bitcast i16* %1789 to i32*
	store i32 %1790, i32* %1791
	%1792 = shl i32 %6, 1
	%1793 = add i32 48, %1792
	%1794 = add i32 %1749, %1793
	%1795 = sext i32 %1794 to i64
	%1796 = getelementptr i16, i16* %out, i64 %1795
	%1797 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %630, float %629)
	%1798 = bitcast i16* %1796 to i32*
	store i32 %1797, i32* %1798
	%1799 = shl i32 %6, 1
	%1800 = add i32 56, %1799
	%1801 = add i32 %1749, %1800
	%1802 = sext i32 %1801 to i64
	%1803 = getelementptr i16, i16* %out, i64 %1802
	%1804 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %632, float %631)
	%1805 = bitcast i16* %1803 to i32*
	store i32 %1804, i32* %1805
	br label %stored0

stored0:
	%1806 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %572, i32 1, i32 31)
	%1807 = fadd float %572, %1806
	%1808 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1807, i32 2, i32 31)
	%1809 = fadd float %1807, %1808
	%1810 = fcmp ogt float %1809, 0.0
	%1811 = fdiv float 1.0, %1809
	%1812 = select i1 %1810, float %1811, float 0.0
	%1813 = mul i32 %3, 16
	%1814 = add i32 %12, %1813
	%1815 = add i32 %5, 8
	%1816 = add i32 %1814, %1815
	%1817 = fmul float %576, %1812
	%1818 = fmul float %577, %1812
	%1819 = fmul float %580, %1812
	%1820 = fmul float %581, %1812
	%1821 = fmul float %584, %1812
	%1822 = fmul float %585, %1812
	%1823 = fmul float %588, %1812
	%1824 = fmul float %589, %1812
	%1825 = fmul float %592, %1812
	%1826 = fmul float %593, %1812
	%1827 = fmul float %596, %1812
	%1828 = fmul float %597, %1812
	%1829 = fmul float %600, %1812
	%1830 = fmul float %601, %1812
	%1831 = fmul float %604, %1812
	%1832 = fmul float %605, %1812
	%1833 = icmp slt i32 %1816, %M
	br i1 %1833, label %store1, label %stored1

store1:
	%1834 = mul i32 %10, %M
	%1835 = add i32 %1834, %1816
	%1836 = mul i32 %1835, 64
	%1837 = shl i32 %6, 1
	%1838 = add i32 0, %1837
	%1839 = add i32 %1836, %1838
	%1840 = sext i32 %1839 to i64
	%1841 = getelementptr i16, i16* %out, i64 %1840
	%1842 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1818, float %1817)
	%1843 = bitcast i16* %1841 to i32*
	store i32 %1842, i32* %1843
	%1844 = shl i32 %6, 1
	%1845 = add i32 8, %1844
	%1846 = add i32 %1836, %1845
	%1847 = sext i32 %1846 to i64
	%1848 = getelementptr i16, i16* %out, i64 %1847
	%1849 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1820, float %1819)
	%1850 = bitcast i16* %1848 to i32*
	store i32 %1849, i32* %1850
	%1851 = shl i32 %6, 1
	%1852 = add i32 16, %1851
	%1853 = add i32 %1836, %1852
	%1854 = sext i32 %1853 to i64
	%1855 = getelementptr i16, i16* %out, i64 %1854
	%1856 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1822, float %1821)
	%1857 = bitcast i16* %1855 to i32*
	store i32 %1856, i32* %1857
	%1858 = shl i32 %6, 1
	%1859 = add i32 24, %1858
	%1860 = add i32 %1836, %1859
	%1861 = sext i32 %1860 to i64
	%1862 = getelementptr i16, i16* %out, i64 %1861
	%1863 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1824, float %1823)
	%1864 = bitcast i16* %1862 to i32*
	store i32 %1863, i32* %1864
	%1865 = shl i32 %6, 1
	%1866 = add i32 32, %1865
	%1867 = add i32 %1836, %1866
	%1868 = sext i32 %1867 to i64
	%1869 = getelementptr i16, i16* %out, i64 %1868
	%1870 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1826, float %1825)
	%1871 = bitcast i16* %1869 to i32*
	store i32 %1870, i32* %1871
	%1872 = shl i32 %6, 1
	%1873 = add i32 40, %1872
	%1874 = add i32 %1836, %1873
	%1875 = sext i32 %1874 to i64
	%1876 = getelementptr i16, i16* %out, i64 %1875
	%1877 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1828, float %1827)
	%1878 = bitcast i16* %1876 to i32*
	store i32 %1877, i32* %1878
	%1879 = shl i32 %6, 1
	%1880 = add i32 48, %1879
	%1881 = add i32 %1836, %1880
	%1882 = sext i32 %1881 to i64
	%1883 = getelementptr i16, i16* %out, i64 %1882
	%1884 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1830, float %1829)
	%1885 = bitcast i16* %1883 to i32*
	store i32 %1884, i32* %1885
	%1886 = shl i32 %6, 1
	%1887 = add i32 56, %1886
	%1888 = add i32 %1836, %1887
	%1889 = sext i32 %1888 to i64
	%1890 = getelementptr i16, i16* %out, i64 %1889
	%1891 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1832, float %1831)
	%1892 = bitcast i16* %1890 to i32*
	store i32 %1891, i32* %1892
	br label %stored1

stored1:
	ret void
}

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6, !7}
!0 = !{void (i16*, i16*, i32*, i32, i32, i32)* @pbs_permute0, !"maxntidx", i32 256}
!1 = !{void (i32*, i8*, i32, i32, i32, i32)* @pbs_permclass0, !"maxntidx", i32 256}
!2 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @pbs_select2, !"maxntidx", i32 256}
!3 = !{void (i16*, float*, i32, i32)* @pbs_pool_q1, !"maxntidx", i32 64}
!4 = !{void (i16*, float*, i32, i32, i32*, i32)* @pbs_pool_k1, !"maxntidx", i32 64}
!5 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @pbs_scores1, !"maxntidx", i32 256}
!6 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32*, i32, i32)* @pbs_attn3, !"maxntidx", i32 128}
!7 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32*, i32, i32)* @pbs_attn3, !"minctasm", i32 3}
